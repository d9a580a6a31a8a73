// Promise.all over async calls with different await counts, vs sequential awaits
const log = (s) => console.log(s);
async function work(name, n) { for (let i = 0; i < n; i++) { await null; log(name + " step " + i); } return name; }
async function parallel() { const r = await Promise.all([work("A", 3), work("B", 1), work("C", 2)]); log("all " + r.join(",")); }
async function sequential() { const r = [await work("X", 1), await work("Y", 1)]; log("seq " + r.join(",")); }
parallel();
sequential();
log("sync");
