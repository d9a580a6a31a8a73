// BigInt64Array and BigUint64Array methods: fill, includes, sort, map, reduce, join, with, and BigInt/Number mixing errors
const show = (ta) => ta.constructor.name + '[' + Array.from(ta).join(',') + ']';
const a = new BigInt64Array([5n, -3n, 2n ** 63n - 1n, -(2n ** 63n), 0n]);
console.log(show(a.toSorted()), show(a.toReversed()), show(a.with(1, 7n)));
console.log(a.includes(-3n), a.indexOf(0n), a.lastIndexOf(5n), a.at(-1), typeof a.at(0));
console.log(show(a.map((x) => x * 2n)), a.reduce((s, x) => s + x, 0n), a.filter((x) => x > 0n).length);
console.log(show(a.slice(1, 3)), show(a.subarray(3)), a.join('/'));
const u = new BigUint64Array([1n, 2n ** 64n - 1n]);
console.log(show(u), show(u.map((x) => x + 1n)), u.find((x) => x > 1n));
for (const f of [() => a.fill(1), () => a.with(0, 1), () => a.map(() => 1), () => new BigInt64Array([1.5]), () => a.set([1]), () => a.includes(1) && 0, () => new BigInt64Array(new Int8Array(1))]) {
  try { console.log(f()); } catch (e) { console.log(e.name); }
}
console.log(a.includes(1), a.indexOf(-3), Object.is(new BigInt64Array(1)[0], 0n));
const s = new BigInt64Array([3n, 1n, 2n]);
s[1] = 10n;
s[2] = '20';
console.log(show(s), show(BigInt64Array.from({ length: 2, 0: 1n, 1: true })));
console.log(show(new BigInt64Array(new BigUint64Array([2n ** 64n - 2n]))));
