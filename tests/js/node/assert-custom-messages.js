// Custom messages: strings replace generated ones (strictEqual/deepStrictEqual keep the diff), Error instances are thrown as is.
const assert = require('assert');

class CustomError extends Error {}
const calls = [
  ['ok', () => assert.ok(false, 'M')],
  ['equal', () => assert.equal(1, 2, 'M')],
  ['notEqual', () => assert.notEqual(1, 1, 'M')],
  ['deepEqual', () => assert.deepEqual({ a: 1 }, { a: 2 }, 'M')],
  ['notDeepEqual', () => assert.notDeepEqual({}, {}, 'M')],
  ['strictEqual', () => assert.strictEqual(1, 2, 'M')],
  ['strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 2 }, 'M')],
  ['notStrictEqual', () => assert.notStrictEqual(1, 1, 'M')],
  ['deepStrictEqual', () => assert.deepStrictEqual([1, 2], [1, 3], 'M')],
  ['deepStrictEqual same structure', () => assert.deepStrictEqual({ s: Symbol('x') }, { s: Symbol('x') }, 'M')],
  ['notDeepStrictEqual', () => assert.notDeepStrictEqual([1], [1], 'M')],
  ['match', () => assert.match('a', /b/, 'M')],
  ['doesNotMatch', () => assert.doesNotMatch('a', /a/, 'M')],
  ['throws', () => assert.throws(() => {}, 'M')],
  ['doesNotThrow', () => assert.doesNotThrow(() => { throw new Error('inner'); }, 'M')],
  ['fail', () => assert.fail('M')],
];
for (const [name, fn] of calls) {
  try {
    fn();
    console.log(`${name}: passed`);
  } catch (e) {
    console.log(`${name}: generated=${e.generatedMessage} message=${JSON.stringify(e.message)}`);
  }
}
const errorCalls = [
  ['ok', (m) => assert.ok(0, m)],
  ['equal', (m) => assert.equal(1, 2, m)],
  ['notEqual', (m) => assert.notEqual(1, 1, m)],
  ['deepEqual', (m) => assert.deepEqual([1], [2], m)],
  ['notDeepEqual', (m) => assert.notDeepEqual([1], [1], m)],
  ['strictEqual', (m) => assert.strictEqual(1, 2, m)],
  ['notStrictEqual', (m) => assert.notStrictEqual(1, 1, m)],
  ['deepStrictEqual', (m) => assert.deepStrictEqual([1], [2], m)],
  ['notDeepStrictEqual', (m) => assert.notDeepStrictEqual([1], [1], m)],
  ['match', (m) => assert.match('a', /b/, m)],
  ['doesNotMatch', (m) => assert.doesNotMatch('a', /a/, m)],
  ['fail', (m) => assert.fail(m)],
];
for (const [name, fn] of errorCalls) {
  const custom = new CustomError(`custom for ${name}`);
  try {
    fn(custom);
    console.log(`${name}: passed`);
  } catch (e) {
    console.log(`${name}: same error thrown=${e === custom}`);
  }
}
