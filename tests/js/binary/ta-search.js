// indexOf, lastIndexOf and includes on typed arrays: strict equality vs SameValueZero, NaN, -0, type mismatches, fromIndex
const f = new Float64Array([1, NaN, -0, 3, 1, 0]);
console.log(f.indexOf(NaN), f.includes(NaN), f.lastIndexOf(NaN));
console.log(f.indexOf(0), f.indexOf(-0), f.lastIndexOf(0), f.includes(-0));
console.log(f.indexOf(1), f.indexOf(1, 1), f.lastIndexOf(1), f.lastIndexOf(1, 3), f.lastIndexOf(1, -3), f.lastIndexOf(1, -100));
console.log(f.indexOf(1, -2), f.indexOf(1, -100), f.indexOf(1, 100), f.includes(1, 5), f.includes(0, -1));
console.log(f.indexOf('1'), f.includes('1'), f.includes(undefined), f.indexOf(), f.includes());
const i = new Int8Array([5, -1, 5, 127]);
console.log(i.indexOf(255), i.indexOf(-1), i.indexOf(5.5), i.includes(127), i.lastIndexOf(5), i.lastIndexOf(5, 1), i.lastIndexOf(5, undefined));
const u = new Uint32Array([4294967295, 0]);
console.log(u.indexOf(-1), u.indexOf(4294967295), u.includes(2 ** 32));
const fl = new Float32Array([0.1, 0.5]);
console.log(fl.indexOf(0.1), fl.indexOf(Math.fround(0.1)), fl.includes(0.5));
const b = new BigInt64Array([1n, -2n, 3n]);
console.log(b.indexOf(1n), b.indexOf(1), b.includes(-2n), b.lastIndexOf(3n), b.includes(2n ** 70n));
const bu = new BigUint64Array([2n ** 64n - 1n]);
console.log(bu.indexOf(-1n), bu.indexOf(2n ** 64n - 1n));
console.log(new Int8Array(0).indexOf(0), new Int8Array(0).includes(undefined), new Int8Array(0).lastIndexOf(0));
console.log(i.indexOf(5, { valueOf() { return 1; } }), i.includes(5, Infinity), i.indexOf(5, -Infinity), i.lastIndexOf(5, -Infinity));
