// console.dir with and without options
const deep = { a: { b: { c: { d: { e: 1 } } } } };
console.dir(deep);
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: 1 });
console.dir(deep, { depth: null });
console.dir(deep, { depth: Infinity });
console.dir('a string');
console.dir([1, 'two'], { depth: 0 });
console.dir({ s: 'x' }, { colors: false });
