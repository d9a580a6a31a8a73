// sort: stability with many equal keys, inconsistent comparators returning non-numbers, comparator exceptions, toString order
const recs = [];
for (let i = 0; i < 60; i++) recs.push({ k: i % 4, i });
const sorted = recs.slice().sort((a, b) => a.k - b.k);
console.log(sorted.every((r, j) => j === 0 || sorted[j - 1].k < r.k || (sorted[j - 1].k === r.k && sorted[j - 1].i < r.i)));
console.log(sorted.slice(0, 5).map((r) => r.i).join(','), sorted.slice(-3).map((r) => r.i).join(','));
console.log([3, 1, 2].sort(() => 0), [3, 1, 2].sort((a, b) => (a < b ? -1 : 1)), [3, 1, 2].sort((a, b) => String(b - a)));
console.log([3, 1, 2].sort((a, b) => ({ valueOf() { return a - b; } })), [2, 1].sort(() => NaN));
try { [2, 1, 3].sort(() => { throw new URIError('cmp'); }); } catch (e) { console.log(e.name); }
const partial = [5, 4, 3, 2, 1];
try { partial.sort((a, b) => { if (a === 1 || b === 1) throw new Error('x'); return a - b; }); } catch (e) { console.log('thrown', partial.length, partial.slice().sort().join('')); }
const objs = [{ toString() { return 'b'; } }, { toString() { return 'a'; } }, 'c'];
console.log(objs.sort().map(String).join(''));
console.log([0, -0, 0, -0].sort((a, b) => a - b).map((x) => Object.is(x, -0) ? '-0' : '0').join(' '));
console.log(['b', undefined, 'a', undefined].sort((a, b) => { if (a === undefined || b === undefined) throw 'never'; return a < b ? -1 : 1; }));
console.log([10, 1, 2].sort(undefined), [1e21, 1e-7, 5].sort(), [true, 'a', 1, null].sort());
const sp = { length: 4, 0: 'd', 2: 'b', 3: undefined };
Array.prototype.sort.call(sp);
console.log(JSON.stringify(sp), 1 in sp, 2 in sp, 3 in sp);
const getterCount = { count: 0 };
const arr = [3, 2, 1];
arr.sort((a, b) => { getterCount.count++; return a - b; });
console.log(arr, getterCount.count > 0);
