// assert.throws / rejects with a validation object or Error instance: keys compared deep-strictly, RegExp values, Comparison diffs.
const assert = require('assert');

function check(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
    console.log("----");
  }
}

const thrower = (err) => () => { throw err; };
const withCode = (message, code) => Object.assign(new Error(message), { code });
check('object match', () => assert.throws(thrower(new Error('x')), { message: 'x' }));
check('object match name', () => assert.throws(thrower(new TypeError('x')), { name: 'TypeError', message: 'x' }));
check('object mismatch message', () => assert.throws(thrower(new Error('x')), { message: 'y' }));
check('object mismatch name', () => assert.throws(thrower(new Error('x')), { message: 'x', name: 'TypeError' }));
check('object regexp values', () => assert.throws(thrower(new Error('abc')), { message: /b/, name: /Err/ }));
check('object regexp mismatch', () => assert.throws(thrower(new Error('abc')), { message: /x/, name: 'TypeError' }));
check('object code', () => assert.throws(thrower(withCode('m', 'E1')), { code: 'E1' }));
check('object code mismatch', () => assert.throws(thrower(withCode('x', 'C')), { code: 'D', message: 'x' }));
check('object missing key', () => assert.throws(thrower(new Error('abc')), { nope: undefined }));
check('object nested', () => assert.throws(
  thrower(Object.assign(new Error('a'), { info: { x: [1, 2] } })), { info: { x: [1, 3] } }));
check('object nested match', () => assert.throws(
  thrower(Object.assign(new Error('a'), { info: { x: [1, 2] } })), { info: { x: [1, 2] } }));
check('object custom message', () => assert.throws(thrower(new Error('x')), { message: 'y' }, 'custom'));
check('object vs primitive', () => assert.throws(thrower('str'), { message: 'x' }));
check('object vs undefined', () => assert.throws(thrower(undefined), { a: 1 }));
check('object vs number', () => assert.throws(thrower(5), { a: 1 }));
check('Error instance match', () => assert.throws(thrower(new Error('x')), new Error('x')));
check('Error instance mismatch', () => assert.throws(thrower(new Error('x')), new Error('y')));
check('Error instance name', () => assert.throws(thrower(new Error('x')), new TypeError('x')));
check('plain object thrown', () => assert.throws(thrower({ a: 1, b: 2 }), { a: 1 }));
try {
  assert.throws(thrower(withCode('x', 'C')), { code: 'D' });
} catch (e) {
  console.log('actual is thrown error:', e.actual instanceof Error, e.actual.code);
  console.log('expected is validation object:', e.expected);
}
