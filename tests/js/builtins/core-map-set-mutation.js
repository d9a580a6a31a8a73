// Map/Set iteration while mutating: delete/re-add during forEach and for-of, clear mid-iteration, SameValueZero keys
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
const seen = [];
m.forEach((v, k, map) => { seen.push(k); if (k === 'a') { map.delete('b'); map.set('d', 4); } if (k === 'c') map.set('a', 99); });
console.log(seen, [...m]);
const s = new Set([1, 2, 3]);
const order = [];
for (const v of s) { order.push(v); if (v === 1) { s.delete(1); s.add(1); } if (order.length > 10) break; }
console.log(order, [...s]);
const s2 = new Set([1, 2, 3]);
const o2 = [];
for (const v of s2) { o2.push(v); if (v === 2) { s2.clear(); s2.add('after clear'); } }
console.log(o2);
const m2 = new Map([[1, 'x']]);
const it = m2[Symbol.iterator]();
console.log(it.next(), it.next());
m2.set(2, 'y');
console.log(it.next());
const z = new Map();
z.set(-0, 'negzero'); z.set(NaN, 'nan1'); z.set(0 / 0, 'nan2');
console.log(z.size, Object.is([...z.keys()][0], -0), z.get(0), z.get(NaN));
const zs = new Set([-0, 0, NaN, NaN, '0', undefined, null]);
console.log(zs.size, [...zs], Object.is([...zs][0], -0));
const ks = new Map([[{}, 1], [{}, 2]]);
console.log(ks.size, new Set([[], []]).size);
const fe = new Map([[1, 1], [2, 2], [3, 3]]);
const feOrder = [];
fe.forEach((v, k) => { feOrder.push(k); fe.delete(k); if (k < 5) fe.set(k + 3, 0); });
console.log(feOrder, fe.size);
console.log(m.set('x', 1) === m, s.add(5) === s, s.delete(5), s.delete(5), m.has('x'));
const ctx = { n: 0 };
new Set([1, 2]).forEach(function () { this.n++; }, ctx);
console.log(ctx.n);
