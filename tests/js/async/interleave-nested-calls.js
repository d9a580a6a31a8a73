// async functions awaiting other async functions: inner steps interleave with outer continuation
const log = (s) => console.log(s);
async function inner(name) { log(name + " inner0"); await null; log(name + " inner1"); return name; }
async function middle(name) { log(name + " mid0"); const r = await inner(name); log(name + " mid1 " + r); return r + "!"; }
async function outer() { log("outer0"); const r = await middle("x"); log("outer1 " + r); }
outer();
middle("y").then((v) => log("y then " + v));
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3")).then(() => log("m4")).then(() => log("m5"));
log("sync");
