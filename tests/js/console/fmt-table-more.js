// console.table with arrays of objects, columns argument and primitive rows
console.table([{ name: 'a', n: 1 }, { name: 'b', extra: true }]);
console.table([{ x: 1, y: 2 }, { x: 3, y: 4 }], ['y']);
console.table([1, 2, 3]);
console.table(['apple', 'banana']);
console.table({ a: 1, b: { c: 2 } });
console.table([{ a: 'long string value here', b: null }, { a: undefined, b: -0 }]);
console.table([[1, 2], 'str']);
console.table(42);
console.table([{ a: 1 }], []);
