// microtasks queued by a timer callback (including async function continuations) drain before the next timer
const log = (s) => console.log(s);
async function cont(tag) { log(tag + " begin"); await null; log(tag + " after 1"); await null; log(tag + " after 2"); }
setTimeout(() => { log("T1"); cont("x"); Promise.resolve().then(() => log("T1 then")); log("T1 end"); }, 0);
setTimeout(() => { log("T2"); cont("y"); }, 0);
setTimeout(() => log("T3 later"), 20);
(async () => { await new Promise((r) => setTimeout(r, 0)); log("awaited timeout resolved"); })();
log("sync");
