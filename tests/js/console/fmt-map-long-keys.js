// Map entries with long keys or object values break across lines
const m = new Map([
  [{ id: 1, kind: 'first key object' }, { value: 'first value object here' }],
  ['k', 'v'],
]);
console.log(m);
console.log(new Map([['a', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]]]));
console.log({ set: new Set(['alpha value', 'beta value', 'gamma value', 'delta value', 'epsilon value']) });
console.log(new Set([{ a: 1, b: 2 }, { a: 3, b: 4 }]));
