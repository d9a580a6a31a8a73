// JSON.stringify space argument: numbers (clipped to 10, fractional, negative), strings (clipped), wrappers, empty containers
const v = { a: [1, { b: 2 }], c: {}, d: [] };
console.log(JSON.stringify(v, null, 2));
console.log(JSON.stringify([1], null, 20) === JSON.stringify([1], null, 10), JSON.stringify([1], null, 3.9) === JSON.stringify([1], null, 3));
console.log(JSON.stringify([1], null, -5), JSON.stringify([1], null, 0), JSON.stringify([1], null, ''), JSON.stringify({ a: 1 }, null, NaN));
console.log(JSON.stringify({ a: [1] }, null, '--'));
console.log(JSON.stringify([1], null, 'abcdefghijklmnop'));
console.log(JSON.stringify([1], null, new Number(1)), JSON.stringify([1], null, new String('\t')), JSON.stringify([1], null, true));
console.log(JSON.stringify({ a: undefined, b: function () {} }, null, 2), JSON.stringify([undefined], null, 1));
console.log(JSON.stringify('str', null, 4), JSON.stringify([[]], null, 1), JSON.stringify({ x: {} }, null, ' '));
