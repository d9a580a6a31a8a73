// process.hrtime([prev]) returns [seconds, nanoseconds] (a difference when given a previous value); hrtime.bigint() is a bigint; bad arguments throw
const t0 = process.hrtime();
console.log(Array.isArray(t0), t0.length, t0.every(Number.isInteger), t0[1] >= 0 && t0[1] < 1e9);
const start = Date.now();
while (Date.now() - start < 3);
const d = process.hrtime(t0);
console.log(d.length, d[0] >= 0, d[1] >= 0 && d[1] < 1e9, d[0] * 1e9 + d[1] >= 2e6);
const b0 = process.hrtime.bigint();
const b1 = process.hrtime.bigint();
console.log(typeof b0, b1 >= b0, b0 > 0n);
console.log(process.hrtime([0, 0]).length);
for (const bad of ['x', [1], [1, 2, 3], {}, 1]) {
  try { process.hrtime(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
