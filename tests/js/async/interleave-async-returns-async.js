// returning a pending async call vs returning await of it: both settle in the same tick when the inner promise is still pending
const log = (s) => console.log(s);
async function leaf() { await null; log("leaf done"); return 1; }
async function passThrough() { return leaf(); }
async function awaitThrough() { return await leaf(); }
passThrough().then(() => log("passThrough settled"));
awaitThrough().then(() => log("awaitThrough settled"));
let i = 0;
(function tick() { if (i++ < 7) Promise.resolve().then(() => { log("tick " + i); tick(); }); })();
log("sync");
