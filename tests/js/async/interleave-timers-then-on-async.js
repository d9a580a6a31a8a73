// .then callbacks added to an async function's promise before, during and after it waits on timers
const log = (s) => console.log(s);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function f() { await sleep(30); log("f woke"); await sleep(15); log("f done"); return "F"; }
const p = f();
p.then((v) => log("early then " + v));
setTimeout(() => { log("timer 20"); p.then((v) => log("mid then " + v)); }, 20);
setTimeout(() => { log("timer 90"); p.then((v) => log("late then " + v)); queueMicrotask(() => log("late qm")); }, 90);
log("sync");
