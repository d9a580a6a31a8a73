// when .then callbacks attached to an async function's promise run relative to other microtasks
const log = (s) => console.log(s);
async function f() { log("f body"); await null; log("f resumed"); return "F"; }
const p = f();
p.then((v) => log("then1 " + v));
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3"));
p.then((v) => log("then2 " + v)).then(() => log("then2 chained"));
queueMicrotask(() => log("qm"));
Promise.resolve(p).then(() => log("resolve(p) then " + (Promise.resolve(p) === p)));
log("sync");
