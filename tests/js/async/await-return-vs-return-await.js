// `return p` vs `return await p` inside try: only the awaited rejection is caught, and the tick counts differ.
const log = [];
async function direct() { try { return Promise.reject(new Error("direct")); } catch { log.push("direct caught"); } }
async function awaited() { try { return await Promise.reject(new Error("awaited")); } catch { log.push("awaited caught"); return "recovered"; } }
direct().catch(e => log.push("direct rejected: " + e.message));
awaited().then(v => log.push("awaited: " + v));
let n = 0;
(function tick() { log.push("tick " + ++n); if (n < 5) Promise.resolve().then(tick); else setTimeout(() => console.log(log.join("\n"))); })();
