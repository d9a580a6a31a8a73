// arrays with more than 6 short items are grouped into aligned columns
console.log(['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'g']);
console.log([1, -2, 3, -4, 5, -6, 7, -8]);
console.log([1.5, 22.25, 333.125, 4, 5, 6, 7]);
console.log([null, undefined, null, undefined, null, undefined, null]);
console.log(['x', 1, 'y', 2, 'z', 3, 'w', 4]);
console.log(Array.from({ length: 30 }, (_, i) => 'item' + i));
console.log(Array.from({ length: 12 }, (_, i) => i % 2 ? 'odd' : 'even'));
console.log([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]);
