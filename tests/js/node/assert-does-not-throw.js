// assert.doesNotThrow: passes, fails with "Got unwanted exception", rethrows non-matching errors unchanged.
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
check('no throw', () => assert.doesNotThrow(() => 1));
check('no throw with class', () => assert.doesNotThrow(() => 1, TypeError));
check('throws', () => assert.doesNotThrow(thrower(new Error('bad'))));
check('throws with message', () => assert.doesNotThrow(thrower(new Error('bad')), 'msg'));
check('matching class', () => assert.doesNotThrow(thrower(new TypeError('bad')), TypeError));
check('matching class and message', () => assert.doesNotThrow(thrower(new TypeError('bad')), TypeError, 'mm'));
check('matching regexp', () => assert.doesNotThrow(thrower(new Error('bad')), /bad/));
check('matching function', () => assert.doesNotThrow(thrower('prim'), (e) => true));
check('primitive thrown', () => assert.doesNotThrow(thrower('prim')));
check('rethrows other class', () => assert.doesNotThrow(thrower(new TypeError('other')), RangeError));
check('rethrows non-matching regexp', () => assert.doesNotThrow(thrower(new Error('bad')), /good/, 'm'));
check('rethrows on class predicate', () => assert.doesNotThrow(thrower(new Error('e')), class X extends Error {}));
try {
  assert.doesNotThrow(thrower(new Error('bad')));
} catch (e) {
  console.log('actual message:', e.actual.message, 'expected:', e.expected);
}
