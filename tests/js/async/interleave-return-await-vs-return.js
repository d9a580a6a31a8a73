// return p vs return await p vs return value: when each async function's outer promise settles
const log = (s) => console.log(s);
const p = Promise.resolve("x");
async function plain() { return p; }
async function awaited() { return await p; }
async function value() { return "v"; }
plain().then(() => log("plain"));
awaited().then(() => log("awaited"));
value().then(() => log("value"));
let i = 0;
(function tick() { if (i++ < 5) Promise.resolve().then(() => { log("tick " + i); tick(); }); })();
log("sync");
