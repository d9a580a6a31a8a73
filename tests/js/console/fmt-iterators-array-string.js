// array, string and regexp-string iterator objects
console.log([1, 2][Symbol.iterator]());
console.log([1, 2].keys(), [1, 2].values());
console.log('abc'[Symbol.iterator]());
console.log({ it: [][Symbol.iterator]() });
console.log('ab'.matchAll(/a/g));
function* g() {}
console.log([g(), g()]);
