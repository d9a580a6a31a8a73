// forty async functions with different await counts finish in an order determined by ticks
const log = (s) => console.log(s);
const order = [];
async function worker(i) { const n = (i * 7) % 5; for (let k = 0; k < n; k++) await null; order.push(i); return n; }
const ps = [];
for (let i = 0; i < 40; i++) ps.push(worker(i));
Promise.all(ps).then((ns) => {
  log("order " + order.join(" "));
  log("counts " + ns.join(""));
});
log("sync");
