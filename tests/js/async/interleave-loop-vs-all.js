// awaiting in a loop serializes the work; starting everything first then awaiting overlaps it
const log = (s) => console.log(s);
const sleep = (ms, v) => new Promise((r) => setTimeout(() => { log("fire " + v); r(v); }, ms));
async function serial() { const out = []; for (const [ms, v] of [[45, "s1"], [15, "s2"]]) out.push(await sleep(ms, v)); log("serial " + out); }
async function overlapped() { const ps = [sleep(30, "o1"), sleep(75, "o2")]; const out = []; for (const p of ps) out.push(await p); log("overlapped " + out); }
async function viaAll() { const out = await Promise.all([sleep(90, "a1"), sleep(20, "a2")]); log("all " + out); }
serial(); overlapped(); viaAll();
log("sync");
