// await on a native promise does not call a patched Promise.prototype.then, but returning it from an async function does
const log = (s) => console.log(s);
const origThen = Promise.prototype.then;
let calls = [];
Promise.prototype.then = function (f, r) { calls.push(this.tag || "?"); return origThen.call(this, f, r); };
const p = Promise.resolve(1); p.tag = "p";
const q = Promise.resolve(2); q.tag = "q";
(async () => { await p; log("awaited p"); })();
(async () => q)().tag = "outer";
const done = new Promise((r) => setTimeout(r, 0)); done.tag = "done";
origThen.call(done, () => { Promise.prototype.then = origThen; log("then calls: " + calls.join(",")); });
log("sync");
