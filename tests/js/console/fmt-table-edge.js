// console.table with missing columns, nested values and index keys
console.table([{ a: 1 }, { b: 2 }, { c: 3 }], ['a', 'z']);
console.table({ r1: [1, 2], r2: ['x'] });
console.table([{ fn() {}, sym: Symbol('s'), arr: [1, [2, [3]]] }]);
console.table([null, undefined, { v: 1 }]);
console.table([{ 'key with space': 1, 'üñí': 2 }]);
