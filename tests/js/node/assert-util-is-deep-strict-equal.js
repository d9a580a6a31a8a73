// util.isDeepStrictEqual (shares node:assert's comparison): booleans for strict deep equality corner cases.
const { isDeepStrictEqual } = require('util');

const s = Symbol('s');
const circ1 = { a: 1 };
circ1.me = circ1;
const circ2 = { a: 1 };
circ2.me = circ2;
const cases = [
  ['1 vs 1', 1, 1],
  ['1 vs "1"', 1, '1'],
  ['NaN vs NaN', NaN, NaN],
  ['0 vs -0', 0, -0],
  ['objects', { a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }],
  ['objects differ', { a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }],
  ['prototype', Object.create(null), {}],
  ['symbol key', { [s]: 1 }, { [s]: 1 }],
  ['symbol key differs', { [s]: 1 }, { [s]: 2 }],
  ['Map', new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  ['Set loose', new Set([1]), new Set(['1'])],
  ['Date', new Date(5), new Date(5)],
  ['RegExp', /x/gi, /x/gi],
  ['RegExp flags', /x/g, /x/m],
  ['typed', new Uint8Array([1]), new Uint8Array([1])],
  ['typed differ', new Uint8Array([1]), new Uint16Array([1])],
  ['circular', circ1, circ2],
  ['boxed', new String('a'), new String('a')],
  ['error', new RangeError('r'), new RangeError('r')],
  ['error class', new RangeError('r'), new TypeError('r')],
  ['arrays holes', [, 1], [undefined, 1]],
  ['WeakMap', new WeakMap(), new WeakMap()],
];
for (const [label, a, b] of cases) console.log(`${label}: ${isDeepStrictEqual(a, b)}`);
console.log('no arguments:', isDeepStrictEqual());
