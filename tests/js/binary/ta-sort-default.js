// %TypedArray%.prototype.sort without a comparator: numeric order per element type, -0 before +0, NaN last
const show = (ta) => ta.constructor.name + '[' + Array.from(ta, (x) => Object.is(x, -0) ? '-0' : String(x)).join(',') + ']';
console.log(show(new Float64Array([3, NaN, -Infinity, 0, -0, Infinity, -1.5, 2e300, NaN, 0]).sort()));
console.log(show(new Float32Array([0.5, -0, NaN, 0, -2.25, 1e30]).sort()));
console.log(show(new Int8Array([127, -128, 0, -1, 1]).sort()));
console.log(show(new Uint8Array([255, 0, 128, 1]).sort()));
console.log(show(new Uint8ClampedArray([255, 0, 128, 1]).sort()));
console.log(show(new Int16Array([-32768, 32767, 10, -10]).sort()));
console.log(show(new Uint16Array([65535, 1, 256]).sort()));
console.log(show(new Int32Array([2147483647, -2147483648, 0, 100, -100]).sort()));
console.log(show(new Uint32Array([4294967295, 0, 2147483648, 10]).sort()));
// not string order: 10 sorts after 9
console.log(show(new Int32Array([10, 9, 1, 100, 20]).sort()));
const a = new Int8Array([3, 2, 1]);
console.log(a.sort() === a, show(a));
const big = new Int32Array(1000);
for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 1000 - 500;
big.sort();
let ok = true;
for (let i = 1; i < big.length; i++) if (big[i - 1] > big[i]) ok = false;
console.log(ok, big[0], big[999]);
