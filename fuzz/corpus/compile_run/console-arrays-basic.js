// array formatting
console.log([]);
console.log([1, 2, 3]);
console.log(['a', 'b']);
console.log([null, undefined, true]);
console.log([[1, 2], [3, [4, 5]]]);
console.log([{ a: 1 }, { b: 2 }]);
console.log([[]]);
console.log([{}]);
console.log([-0, 0, NaN]);
console.log([1.5, -2.25, 1e21]);
