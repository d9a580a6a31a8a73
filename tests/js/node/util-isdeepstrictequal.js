// util.isDeepStrictEqual on primitives, objects, arrays, prototypes, Maps/Sets, Dates, RegExps, boxed values, errors, symbols, cycles
const util = require('util');

const cycA = { v: 1 }; cycA.self = cycA;
const cycB = { v: 1 }; cycB.self = cycB;
const sym = Symbol('k');
const cases = [
  ['1 vs 1', 1, 1],
  ['1 vs "1"', 1, '1'],
  ['NaN vs NaN', NaN, NaN],
  ['0 vs -0', 0, -0],
  ['null vs undefined', null, undefined],
  ['objects', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }],
  ['different value', { a: 1 }, { a: 2 }],
  ['extra key', { a: 1 }, { a: 1, b: undefined }],
  ['arrays', [1, [2, 3]], [1, [2, 3]]],
  ['array vs object', [1], { 0: 1 }],
  ['sparse vs undefined', [, 1], [undefined, 1]],
  ['prototypes differ', Object.create(null), {}],
  ['dates equal', new Date(5), new Date(5)],
  ['dates differ', new Date(5), new Date(6)],
  ['regexps equal', /a/gi, /a/gi],
  ['regexps flags', /a/g, /a/i],
  ['maps', new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])],
  ['maps differ', new Map([[1, 2]]), new Map([[1, 3]])],
  ['sets', new Set([1, 2, 3]), new Set([3, 2, 1])],
  ['sets of objects', new Set([{ a: 1 }]), new Set([{ a: 1 }])],
  ['boxed', Object(1), Object(1)],
  ['boxed differ', Object(1), Object(2)],
  ['boxed vs primitive', Object(1), 1],
  ['errors', new Error('x'), new Error('x')],
  ['errors differ', new Error('x'), new TypeError('x')],
  ['symbol keys', { [sym]: 1 }, { [sym]: 1 }],
  ['symbol keys differ', { [sym]: 1 }, { [sym]: 2 }],
  ['typed arrays', new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  ['typed arrays types', new Uint8Array([1, 2]), new Int8Array([1, 2])],
  ['cycles', cycA, cycB],
  ['functions same', Math.max, Math.max],
  ['functions differ', () => 1, () => 1],
];
for (const [label, a, b] of cases) console.log(label, util.isDeepStrictEqual(a, b));
