// console.log and structuredClone of Float16Array (expected output from Node 24: Node 20 has no Float16Array)
const h = new Float16Array([1.5, -0, 65504, 0.1, NaN, 1e-7]);
console.log(h);
const c = structuredClone(h);
console.log(c, c instanceof Float16Array, c.buffer !== h.buffer, Object.is(c[1], -0));
console.log(new Float16Array(0), { h: new Float16Array(2) });
const long = new Float16Array(120);
for (let i = 0; i < long.length; i++) long[i] = i / 8;
console.log(long);
