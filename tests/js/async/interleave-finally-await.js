// await inside finally delays completion; an override return in finally wins
const log = (s) => console.log(s);
async function f() {
  try { log("f try"); await null; log("f try after await"); return "try"; }
  finally { log("f finally start"); await null; log("f finally end"); }
}
async function g() {
  try { await null; throw new Error("g err"); }
  finally { await null; log("g finally"); return "override"; }
}
f().then((v) => log("f -> " + v));
g().then((v) => log("g -> " + v), (e) => log("g rejected " + e.message));
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3")).then(() => log("m4")).then(() => log("m5"));
log("sync");
