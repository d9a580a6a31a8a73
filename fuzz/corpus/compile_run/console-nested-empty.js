// empty containers at various depths
console.log({ a: {}, b: [], c: [{}], d: [[]] });
console.log([[], {}, [[]], [{}]]);
console.log({ a: { b: {} } });
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log([[[[]]]]);
console.log([[[{}]]]);
console.log({ deep: [[[1]]] });
