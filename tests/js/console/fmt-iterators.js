// iterator objects of arrays, Maps, Sets and strings
console.log([1, 2][Symbol.iterator]());
console.log([1, 2].entries());
console.log(new Map([['a', 1], ['b', 2]]).entries());
console.log(new Map([['a', 1]]).keys());
console.log(new Map([['a', 1]]).values());
console.log(new Set([1, 2]).values());
console.log(new Set(['x']).entries());
console.log('abc'[Symbol.iterator]());
const it = new Map([[1, 1], [2, 2], [3, 3]]).keys();
it.next();
console.log(it);
console.log({ it: new Set([1]).values() });
console.log('ab'.matchAll(/a/g));
