// Frozen/sealed/non-extensible arrays: mutating methods throw TypeError, reads still work
function tryIt(label, fn) {
  try { console.log(label, 'ok', JSON.stringify(fn())); } catch (e) { console.log(label, e.name); }
}
const f = Object.freeze([3, 1, 2]);
tryIt('push', () => f.push(4));
tryIt('pop', () => f.pop());
tryIt('shift', () => f.shift());
tryIt('unshift', () => f.unshift(0));
tryIt('sort', () => f.sort());
tryIt('reverse', () => f.reverse());
tryIt('fill', () => f.fill(0));
tryIt('splice', () => f.splice(0, 1));
tryIt('copyWithin', () => f.copyWithin(0, 1));
tryIt('length=0', () => { 'use strict'; f.length = 0; });
tryIt('toSorted', () => f.toSorted());
tryIt('map', () => f.map((x) => x * 2));
console.log(f);
const s = Object.seal([1, 2]);
tryIt('sealed push', () => s.push(3));
tryIt('sealed pop', () => s.pop());
s[0] = 'changed';
tryIt('sealed fill', () => s.fill(7));
console.log(s, Object.isSealed(s), Object.isFrozen(s));
const n = Object.preventExtensions([1, 2, 3]);
tryIt('npe pop', () => n.pop());
tryIt('npe push', () => n.push(4));
n.length = 1;
console.log(n, n.length, Object.isExtensible(n));
const sparse = Object.freeze([1, , 3]);
console.log(Object.isFrozen(sparse), 1 in sparse, sparse.length);
