// assert.throws / doesNotThrow argument validation: non-function block, invalid error argument, ambiguous string, empty object.
const assert = require('assert');

function check(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code}`);
    console.log(e.message);
    console.log('----');
  }
}

const thrower = (err) => () => { throw err; };
check('throws(5)', () => assert.throws(5));
check('throws("str")', () => assert.throws('str'));
check('throws(undefined)', () => assert.throws());
check('doesNotThrow(null)', () => assert.doesNotThrow(null));
check('error is number', () => assert.throws(thrower(new Error('x')), 5));
check('error is boolean', () => assert.throws(thrower(new Error('x')), true));
check('error string and message', () => assert.throws(thrower(new Error('x')), 'msg', 'x'));
check('ambiguous message', () => assert.throws(thrower(new Error('x')), 'x'));
check('ambiguous primitive', () => assert.throws(thrower('x'), 'x'));
check('string message ok', () => assert.throws(thrower(new Error('x')), 'other'));
check('empty object', () => assert.throws(thrower(new Error('x')), {}));
check('null error arg', () => assert.throws(thrower(new Error('x')), null));
check('doesNotThrow bad matcher', () => assert.doesNotThrow(thrower(new Error('x')), 5));
check('doesNotThrow object matcher', () => assert.doesNotThrow(thrower(new Error('x')), { message: 'x' }));
