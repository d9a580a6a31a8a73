// Maps and Sets nested in each other, with object keys, empty, and inside arrays
console.log(new Map([['inner', new Map([['k', 'v']])]]));
console.log(new Map([[{ id: 1 }, 'obj key'], [[1, 2], 'array key']]));
console.log(new Set([new Set([1, 2]), new Set()]));
console.log([new Map(), new Set(), new Map([[null, undefined]])]);
console.log({ m: new Map([['a', { b: { c: 1 } }]]) });
console.log(new Map([['level1', new Map([['level2', new Map([['level3', 1]])]])]]));
console.log(new Set([[1, [2, [3, [4]]]]]));
console.log(new Map([[new Map([[1, 2]]), new Set(['x'])]]));
