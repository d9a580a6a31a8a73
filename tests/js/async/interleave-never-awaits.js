// an async function that never awaits runs fully synchronously but its result is delivered asynchronously
const log = (s) => console.log(s);
async function noAwait(x) { log("body " + x); return x * 2; }
async function noAwaitThrow() { log("throw body"); throw "plain string"; }
const p = noAwait(21);
log("returned " + (p instanceof Promise));
p.then((v) => log("then " + v));
noAwaitThrow().catch((e) => log("catch " + e));
queueMicrotask(() => log("qm"));
Promise.resolve().then(() => log("resolved then"));
log("sync");
