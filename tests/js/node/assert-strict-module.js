// node:assert/strict and assert.strict: same object, strict.strict cycle, loose names mapped to the strict functions.
const assert = require('assert');
const strict = require('assert/strict');
const nodeStrict = require('node:assert/strict');

console.log('assert/strict === assert.strict:', strict === assert.strict, nodeStrict === strict);
console.log('strict.strict === strict:', strict.strict === strict);
console.log('strict !== assert:', strict !== assert, 'name:', strict.name);
console.log('equal is strictEqual:', strict.equal === assert.strictEqual);
console.log('deepEqual is deepStrictEqual:', strict.deepEqual === assert.deepStrictEqual);
console.log('notEqual is notStrictEqual:', strict.notEqual === assert.notStrictEqual);
console.log('notDeepEqual is notDeepStrictEqual:', strict.notDeepEqual === assert.notDeepStrictEqual);
console.log('shared:', strict.throws === assert.throws, strict.AssertionError === assert.AssertionError, strict.ok === assert.ok);
const expectedKeys = ['fail', 'AssertionError', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
  'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'throws', 'rejects',
  'doesNotThrow', 'doesNotReject', 'ifError', 'match', 'doesNotMatch', 'strict'];
const present = (obj) => expectedKeys.filter((k) => k in obj).join(',');
console.log('assert has:', present(assert));
console.log('strict has:', present(strict));
console.log('order kept:', Object.keys(assert).filter((k) => expectedKeys.includes(k)).join(',') === expectedKeys.join(','));

function check(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
    console.log('----');
  }
}

check('strict.equal(1, "1")', () => strict.equal(1, '1'));
check('strict.equal(NaN, NaN)', () => strict.equal(NaN, NaN));
check('strict.notEqual(1, 1)', () => strict.notEqual(1, 1));
check('strict.deepEqual({a: 1}, {a: "1"})', () => strict.deepEqual({ a: 1 }, { a: '1' }));
check('strict.notDeepEqual({}, {})', () => strict.notDeepEqual({}, {}));
check('strict(0, "m")', () => strict(0, 'm'));
check('strict()', () => strict());
check('strict.strict(false, "x")', () => strict.strict(false, 'x'));
check('strict(1)', () => strict(1));
check('strict(0) no source', () => new Function('strict', 'strict(0)')(strict));
