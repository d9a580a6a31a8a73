// console.log of Maps and Sets: sizes, nesting, long lists, line breaking, subclasses, cycles, depth.
console.log(new Map([['a', 1]]), new Set([1, 2]), new Map(), new Set());
console.log(new Map([[{ x: 1 }, [1, 2]], ['k', new Set(['s'])]]));
const big = new Set(); for (let i = 0; i < 120; i++) big.add(i); console.log(big);
const m = new Map([['long key number one', 'a fairly long value string'], ['long key number two', 'another long value string']]); console.log(m);
const withProp = new Map([[1, 2]]); withProp.extra = true; console.log(withProp);
class MyMap extends Map {} console.log(new MyMap([[1, 1]]), new (class S extends Set {})());
const cyc = new Map(); cyc.set('self', cyc); console.log(cyc);
console.log([new Set([1]), { m: new Map([[1, { deep: { deeper: { deepest: 1 } } }]]) }]);
