// Array callbacks and sort comparators called once per element: the receiver binds as
// OrdinaryCallBindThis says on every call, and callees that are not ordinary functions
// (classes, bound functions, proxies, async and generator functions) behave as through
// Call each time.
'use strict';
const seen = [];
[1, 2].forEach(function () { seen.push(this); }, 5);
console.log(seen.map((t) => typeof t).join(), seen[0] === seen[1]);

const sloppy = new Function('seen', 'return function () { seen.push(this); }');
const sloppySeen = [];
[1, 2].forEach(sloppy(sloppySeen), 5);
console.log(sloppySeen.map((t) => typeof t).join(), sloppySeen[0] === sloppySeen[1], sloppySeen[0] instanceof Number);
const globalSeen = [];
[1, 2].map(sloppy(globalSeen));
console.log(globalSeen.every((t) => t === globalThis));
const objSeen = [];
const receiver = { name: 'r' };
[1, 2].filter(sloppy(objSeen), receiver);
console.log(objSeen.every((t) => t === receiver));

const self = this;
[1].some(() => { console.log('arrow this is module this:', this === self); });

class C {}
try { [1].forEach(C); } catch (e) { console.log(e.constructor.name, e.message); }
try { [2, 1].sort(C); } catch (e) { console.log(e.constructor.name, e.message); }

function add(base, x) { return base + x; }
console.log([1, 2, 3].map(add.bind(null, 10)).join());
console.log([1, 2, 3].map(new Proxy((x) => x * 2, {})).join());
console.log([3, 1, 2].sort(new Proxy((a, b) => a - b, {})).join());
const promises = [1, 2].map(async (x) => x + 1);
console.log(promises.every((p) => p instanceof Promise));
Promise.all(promises).then((v) => console.log('async results', v.join()));
const gens = [1, 2].map(function* (x) { yield x; });
console.log(gens.map((g) => g.next().value).join());

let calls = 0;
try {
  [1, 2, 3, 4].forEach(() => { if (++calls === 2) throw new Error('second call'); });
} catch (e) { console.log(e.message, calls); }

console.log([1, 2, 3, 4, 5].reduce((acc, x, i, arr) => acc + x * i + arr.length, 0));
console.log([1, 2, 3, 4, 5].reduceRight((acc, x) => acc + '' + x, ''));
console.log([5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 11, 10].sort((a, b) => a - b).join());
console.log([5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 11, 10].toSorted((a, b) => b - a).join());
const stable = [];
for (let i = 0; i < 40; i++) stable.push({ k: i % 3, i });
stable.sort((a, b) => a.k - b.k);
console.log(stable.every((x, j) => j === 0 || stable[j - 1].k < x.k || (stable[j - 1].k === x.k && stable[j - 1].i < x.i)));

function deep(n) { return [n].map((x) => (x > 0 ? deep(x - 1) : 0))[0]; }
try { deep(1e6); } catch (e) { console.log(e.constructor.name, e.message); }
