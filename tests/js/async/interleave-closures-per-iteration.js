// let bindings per loop iteration stay distinct across awaits started in the loop
const log = (s) => console.log(s);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function job(i) { await sleep(15 * (3 - i)); log("job " + i); return i; }
async function main() {
  const ps = [];
  for (let i = 0; i < 3; i++) ps.push((async () => { const v = await job(i); log("closure sees " + i + " " + v); return v; })());
  const all = await Promise.all(ps);
  log("all " + all.join(","));
}
main();
log("sync");
