// Map and Set iterators show their remaining entries
console.log(new Map([['a', 1], ['b', 2]]).entries());
console.log(new Map([['a', 1]]).keys());
console.log(new Map([['a', 1]]).values());
console.log(new Set([1, 2]).values());
console.log(new Set(['x']).entries());
const it = new Map([[1, 1], [2, 2], [3, 3]]).keys();
it.next();
console.log(it);
console.log({ it: new Set([1]).values() });
