// console.table: arrays and objects of rows, primitives, the properties filter, Maps, Sets, wide characters.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table({ first: { name: 'Ann', age: 31 }, second: { name: 'Bob', role: 'dev' } });
console.table([1, 'two', { three: 3 }]);
console.table([[1, 2], [3, 4, 5]]);
console.table([{ a: 1, b: 2, c: 3 }], ['a', 'c']);
console.table(new Map([['x', { deep: [1, 2, 3, 4] }], [{ k: 1 }, 'v']]));
console.table(new Set(['s1', 's2']));
console.table('not tabular');
console.table([{ nested: { a: 1, b: 2, c: 3 }, arr: [1, 2, 3, 4, 5], wide: '日本語' }]);
console.table([]);
