// rejected await caught by try/catch, then execution continues with more awaits
const log = (s) => console.log(s);
async function f() {
  try { await Promise.reject(new TypeError("t")); log("not reached"); }
  catch (e) { log("caught " + e.name); await null; log("after catch await"); }
  try { await { then(_, rej) { rej(new RangeError("r")); } }; }
  catch (e) { log("caught thenable " + e.name); }
  return "done";
}
f().then(log);
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3")).then(() => log("m4")).then(() => log("m5"));
log("sync");
