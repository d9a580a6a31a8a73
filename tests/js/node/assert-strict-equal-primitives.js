// assert.strictEqual of primitives: Object.is semantics and the short "a !== b" message form.
const assert = require('assert');

function check(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(`  message: ${JSON.stringify(e.message)}`);
  }
}

check('1 vs 1', () => assert.strictEqual(1, 1));
check('NaN vs NaN', () => assert.strictEqual(NaN, NaN));
check('1 vs 2', () => assert.strictEqual(1, 2));
check('1 vs "1"', () => assert.strictEqual(1, '1'));
check('0 vs -0', () => assert.strictEqual(0, -0));
check('-0 vs 0', () => assert.strictEqual(-0, 0));
check('null vs undefined', () => assert.strictEqual(null, undefined));
check('true vs "true"', () => assert.strictEqual(true, 'true'));
check('1n vs 1', () => assert.strictEqual(1n, 1));
check('Symbol vs Symbol', () => assert.strictEqual(Symbol('a'), Symbol('a')));
check('0 vs false', () => assert.strictEqual(0, false));
check('"" vs " "', () => assert.strictEqual('', ' '));
check('123456 vs 1234567', () => assert.strictEqual(123456, 1234567));
check('12345 vs 1234567', () => assert.strictEqual(12345, 1234567));
check('1 vs 2 "boom"', () => assert.strictEqual(1, 2, 'boom'));
check('1 vs 2 message 0', () => assert.strictEqual(1, 2, 0));
check('1 vs 2 message ""', () => assert.strictEqual(1, 2, ''));
check('1 vs 2 Error', () => assert.strictEqual(1, 2, new TypeError('mine')));
try {
  assert.strictEqual(3, 4);
} catch (e) {
  console.log('actual', e.actual, 'expected', e.expected, 'keys', Object.keys(e));
}
