// find, findIndex, findLast, findLastIndex on typed arrays: arguments, order, not-found results, thisArg
const a = new Int8Array([1, 4, 9, 4, 2]);
console.log(a.find((x) => x > 3), a.findIndex((x) => x > 3), a.findLast((x) => x > 3), a.findLastIndex((x) => x > 3));
console.log(a.find((x) => x > 50), a.findIndex((x) => x > 50), a.findLast((x) => x > 50), a.findLastIndex((x) => x > 50));
const seen = [];
a.findLast(function (x, i, arr) { seen.push(`${x}@${i}:${arr === a}:${this.tag}`); return false; }, { tag: 't' });
console.log(seen.join(' '));
console.log(new Int8Array(0).findLast(() => true), new Int8Array(0).findLastIndex(() => true));
try { a.findLast(); } catch (e) { console.log(e.name); }
// the predicate sees elements read just before each call
const b = new Uint8Array([1, 2, 3]);
const got = [];
b.find((x, i) => { got.push(x); if (i === 0) b[2] = 30; return false; });
console.log(got.join(','));
console.log(new BigUint64Array([1n, 2n, 3n]).findLast((x) => x < 3n));
console.log(Int8Array.prototype.findLast.length, Int8Array.prototype.findLastIndex.name);
