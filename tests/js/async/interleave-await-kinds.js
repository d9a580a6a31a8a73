// awaiting a plain value, a native promise, a thenable and a pending-then-resolved promise take different numbers of ticks
const log = (s) => console.log(s);
let n = 0;
function ticker() { Promise.resolve().then(function t() { n++; log("tick " + n); if (n < 6) Promise.resolve().then(t); }); }
ticker();
(async () => { await 42; log("value done"); })();
(async () => { await Promise.resolve(1); log("native done"); })();
(async () => { await { then(r) { log("thenable then called"); r(1); } }; log("thenable done"); })();
(async () => { await Promise.resolve().then(() => 1); log("chained done"); })();
(async () => { await new Promise((r) => r(Promise.resolve(1))); log("resolve-with-promise done"); })();
log("sync");
