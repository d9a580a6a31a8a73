// nesting beyond depth 2 shows [Object], [Array] and constructor names in brackets
console.log({ a: { b: { c: { d: { e: 1 } } } } });
console.log({ l1: { l2: { obj: { x: 1 }, arr: [1], empty: {}, emptyArr: [] } } });
console.log([[[{ a: 1 }, [2]]]]);
class Point { constructor() { this.x = 1; } }
console.log({ a: { b: { p: new Point() } } });
console.log({ a: { b: { m: new Map([[1, 2]]), s: new Set([1]) } } });
console.log({ a: { b: { c: 'string', n: 1, nul: null, fn() {} } } });
console.log({ a: { b: { n: Object.create(null) } } });
console.log([{ a: [{ b: [{ c: 1 }] }] }]);
