// assert() / assert.ok(): truthy values pass; falsy values fail with Node's messages (no-source fallback via new Function).
const assert = require('assert');

function check(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(`  message: ${JSON.stringify(e.message)}`);
    if (e.code === 'ERR_ASSERTION') console.log('  actual:', e.actual, 'expected:', e.expected);
  }
}

check('ok(true)', () => assert.ok(true));
check('ok(1)', () => assert.ok(1));
check('assert("x")', () => assert('x'));
check('assert({})', () => assert({}));
check('ok()', () => assert.ok());
check('assert()', () => assert());
check('ok(false, "custom")', () => assert.ok(false, 'custom'));
check('assert(0, "zero")', () => assert(0, 'zero'));
check('ok(null, 42)', () => assert.ok(null, 42));
check('ok(false, "")', () => assert.ok(false, ''));
check('ok(false, TypeError)', () => assert.ok(false, new TypeError('thrown as is')));
// Code without a readable source (Function constructor): Node's fallback message.
const viaFunction = (code) => new Function('assert', code)(assert);
check('assert(0) no source', () => viaFunction('assert(0)'));
check('ok(false) no source', () => viaFunction('assert.ok(false)'));
check('ok(null) no source', () => viaFunction('assert.ok(null)'));
check('ok("") no source', () => viaFunction('assert.ok("")'));
check('ok(NaN) no source', () => viaFunction('assert.ok(NaN)'));
check('ok(undefined) no source', () => viaFunction('assert.ok(undefined)'));
check('ok(0n) no source', () => viaFunction('assert.ok(0n)'));
console.log(assert.ok === assert, typeof assert.ok, assert.name, assert.ok.name);
