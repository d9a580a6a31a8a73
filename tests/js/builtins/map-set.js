// Map and Set: SameValueZero keys, order, live iteration, clear, groupBy, the ES2025 set methods (expected output from Node 24).
const m = new Map([[1, 'a'], ['1', 'b'], [NaN, 'n'], [-0, 'z']]);
console.log(m.size, m.get(1), m.get('1'), m.get(NaN), m.get(0), m.has(-0), [...m.keys()], [...m.values()]);
m.delete('1'); m.set(2, 'c'); console.log([...m.entries()].join('|'));
const it = m.keys(); console.log(it.next().value); m.delete(NaN); m.set('late', 1); console.log([...it]);
const s = new Set('hello'); console.log(s.size, [...s], s.has('l'), Object.prototype.toString.call(s));
const a = new Set([1, 2, 3]), b = new Set([2, 3, 4]);
console.log([...a.union(b)], [...a.intersection(b)], [...a.difference(b)], [...a.symmetricDifference(b)]);
console.log(a.isSubsetOf(new Set([1, 2, 3, 4])), a.isSupersetOf(new Set([1])), a.isDisjointFrom(new Set([9])));
const g = Map.groupBy([1, 2, 3, 4, 5], (x) => (x % 2 ? 'odd' : 'even')); console.log([...g.keys()], g.get('odd'));
const seen = []; const fe = new Set([1, 2]); fe.forEach((v) => { seen.push(v); if (v < 4) fe.add(v + 2); }); console.log(seen);
const q = new Set(); for (let i = 0; i < 1000; i++) { q.add(i); q.delete(i - 1); } console.log(q.size, [...q]);
const cleared = new Map([[1, 1], [2, 2]]); const ci = cleared.entries(); ci.next(); cleared.clear(); cleared.set(3, 3); console.log([...ci]);
function* kv() { yield ['g', 1]; yield ['h', 2]; } console.log([...new Map(kv())].join(';'), new Map(kv()).get('h'));
try { new Map([1]); } catch (e) { console.log(e.name); }
try { Map(); } catch (e) { console.log(e.name); }
