// %TypedArray%.prototype.sort with a comparator: stable for equal keys, NaN and non-number results, exceptions propagate
const show = (ta) => Array.from(ta).join(',');
// sort by tens digit only: elements with equal tens keep their order
const a = new Uint16Array([31, 12, 35, 10, 33, 18, 14, 37, 11, 39, 16, 30, 20, 25, 22]);
a.sort((x, y) => Math.floor(x / 10) - Math.floor(y / 10));
console.log(show(a));
const b = new Float64Array(40);
for (let i = 0; i < b.length; i++) b[i] = (i % 4) + i / 100;
b.sort((x, y) => Math.floor(x) - Math.floor(y));
console.log(show(b));
console.log(show(new Int8Array([3, 1, 2]).sort(() => NaN)));
console.log(show(new Int8Array([3, 1, 2]).sort((x, y) => ({ valueOf() { return x - y; } }))));
try {
  new Int8Array([1, 2, 3]).sort(() => { throw new Error('boom'); });
} catch (e) { console.log(e.message); }
let calls = 0;
const c = new Int8Array([5, 4, 3, 2, 1]);
c.sort((x, y) => { calls++; return x - y; });
console.log(show(c), calls > 0);
console.log(show(new BigInt64Array([3n, -1n, 2n]).sort((x, y) => (x < y ? 1 : x > y ? -1 : 0))));
