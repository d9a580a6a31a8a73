// a rejected async call's promise is stored and handled a few microtasks later (still in the same drain)
const log = (s) => console.log(s);
async function fails() { await null; throw new Error("late fail"); }
const p = fails();
async function handler() {
  await null; await null; await null;
  log("attaching handler");
  try { await p; } catch (e) { log("handled " + e.message); }
}
handler();
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3"));
log("sync");
