// awaiting an async function call that returns immediately vs one that returns a promise
const log = (s) => console.log(s);
async function immediate() { return 1; }
async function returnsPromise() { return Promise.resolve(2); }
async function returnsThenable() { return { then(r) { r(3); } }; }
(async () => { log("A " + (await immediate())); })();
(async () => { log("B " + (await returnsPromise())); })();
(async () => { log("C " + (await returnsThenable())); })();
let k = 0;
(function tick() { if (k++ < 6) Promise.resolve().then(() => { log("tick " + k); tick(); }); })();
log("sync");
