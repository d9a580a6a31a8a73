// assert.throws: missing exception, RegExp against String(error), Error classes, validation functions.
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
class MyError extends Error {}
class OtherError extends Error {}
check('throws any', () => assert.throws(thrower(new Error('x'))));
check('missing exception', () => assert.throws(() => {}));
check('missing with message', () => assert.throws(() => {}, 'should throw'));
check('missing with class', () => assert.throws(() => {}, TypeError));
check('missing with class and message', () => assert.throws(() => {}, TypeError, 'mm'));
check('missing with regexp', () => assert.throws(() => {}, /x/));
check('missing with object', () => assert.throws(() => {}, { message: 'x' }));
check('regexp match', () => assert.throws(thrower(new Error('boom')), /boom/));
check('regexp matches name', () => assert.throws(thrower(new TypeError('x')), /^TypeError: x$/));
check('regexp mismatch', () => assert.throws(thrower(new Error('boom')), /bang/));
check('regexp mismatch message', () => assert.throws(thrower(new Error('boom')), /bang/, 'custom'));
check('regexp primitive', () => assert.throws(thrower('str'), /str/));
check('class match', () => assert.throws(thrower(new TypeError('x')), TypeError));
check('base class match', () => assert.throws(thrower(new TypeError('x')), Error));
check('subclass match', () => assert.throws(thrower(new MyError('x')), MyError));
check('class mismatch', () => assert.throws(thrower(new Error('x')), TypeError));
check('class mismatch subclass', () => assert.throws(thrower(new OtherError('oops')), MyError));
check('class mismatch no message', () => assert.throws(thrower(new RangeError('')), TypeError));
check('class mismatch primitive', () => assert.throws(thrower(42), TypeError));
check('class mismatch null', () => assert.throws(thrower(null), TypeError));
check('class mismatch custom', () => assert.throws(thrower(1), TypeError, 'custom'));
check('same name other class', () => {
  const Error2 = class Error extends globalThis.Error {};
  assert.throws(thrower(new Error('x')), Error2);
});
check('validation fn true', () => assert.throws(thrower(new Error('x')), (e) => e.message === 'x'));
check('validation fn false', () => assert.throws(thrower(new Error('x')), function check(e) { return false; }));
check('validation fn anonymous', () => assert.throws(thrower(new Error('x')), (e) => 'nope'));
check('validation fn primitive', () => assert.throws(thrower(7), (e) => e === 8));
check('validation fn custom', () => assert.throws(thrower(7), (e) => false, 'custom'));
check('validation fn throws', () => assert.throws(thrower(new Error('x')), () => { throw new RangeError('inner'); }));
check('strict.throws', () => assert.strict.throws(() => {}));
