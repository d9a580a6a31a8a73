// a long microtask chain started by an async function always finishes before a zero-delay timer
const log = (s) => console.log(s);
setTimeout(() => log("timeout 0"), 0);
async function spin(n) { for (let i = 0; i < n; i++) await null; log("spin " + n + " done"); }
spin(50);
spin(3);
setTimeout(() => log("timeout 15"), 15);
(async () => { await new Promise((r) => setTimeout(r, 0)); log("after timer await"); await spin(2); log("after nested spin"); })();
log("sync");
