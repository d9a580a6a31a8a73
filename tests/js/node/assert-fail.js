// assert.fail: default "Failed", message strings, Error messages, the deprecated multi-argument forms.
const assert = require('assert');
process.noDeprecation = true;

function check(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log('  message:', JSON.stringify(e.message));
    if (e.code === 'ERR_ASSERTION') console.log('  actual:', e.actual, 'expected:', e.expected);
  }
}

check('fail()', () => assert.fail());
check('fail(undefined)', () => assert.fail(undefined));
check('fail(null)', () => assert.fail(null));
check('fail("boom")', () => assert.fail('boom'));
check('fail("")', () => assert.fail(''));
check('fail(42)', () => assert.fail(42));
check('fail(Error)', () => assert.fail(new TypeError('tt')));
check('fail(1, 2)', () => assert.fail(1, 2));
check('fail(1, 2, undefined, ">")', () => assert.fail(1, 2, undefined, '>'));
check('fail(1, 2, "mmm")', () => assert.fail(1, 2, 'mmm'));
check('fail("a", "b", undefined, "op")', () => assert.fail('a', 'b', undefined, 'op'));
check('fail(undefined, undefined)', () => assert.fail(undefined, undefined));
check('strict.fail("x")', () => assert.strict.fail('x'));
