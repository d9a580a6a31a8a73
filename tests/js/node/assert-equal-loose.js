// assert.equal / assert.notEqual: loose (==) comparison, NaN handling, messages and custom messages.
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

check('equal(1, "1")', () => assert.equal(1, '1'));
check('equal(null, undefined)', () => assert.equal(null, undefined));
check('equal(NaN, NaN)', () => assert.equal(NaN, NaN));
check('equal(0, false)', () => assert.equal(0, false));
check('equal(1, 2)', () => assert.equal(1, 2));
check('equal("a", "b")', () => assert.equal('a', 'b'));
check('equal({}, {})', () => assert.equal({}, {}));
check('equal([1], [1])', () => assert.equal([1], [1]));
check('equal(1, 2, "msg")', () => assert.equal(1, 2, 'msg'));
check('equal(1, 2, Error)', () => assert.equal(1, 2, new RangeError('range')));
check('equal(null, 0)', () => assert.equal(null, 0));
check('equal(long strings)', () => assert.equal('x'.repeat(30), 'y'.repeat(30)));
check('notEqual(1, 2)', () => assert.notEqual(1, 2));
check('notEqual(1, "1")', () => assert.notEqual(1, '1'));
check('notEqual(NaN, NaN)', () => assert.notEqual(NaN, NaN));
check('notEqual(null, undefined)', () => assert.notEqual(null, undefined));
check('notEqual("abc", "abc", "same")', () => assert.notEqual('abc', 'abc', 'same'));
const o = { a: 1 };
check('notEqual(o, o)', () => assert.notEqual(o, o));
