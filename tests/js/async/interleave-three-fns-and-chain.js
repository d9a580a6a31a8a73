// three async functions with different numbers of awaits interleave with a .then chain one step per tick
const log = (s) => console.log(s);
async function a() { log("a0"); await 1; log("a1"); await 2; log("a2"); await 3; log("a3"); }
async function b() { log("b0"); await 1; log("b1"); }
async function c() { log("c0"); await 1; log("c1"); await 2; log("c2"); }
Promise.resolve().then(() => log("t1")).then(() => log("t2")).then(() => log("t3")).then(() => log("t4"));
a();
b();
c();
Promise.resolve().then(() => log("u1")).then(() => log("u2"));
log("sync");
