// assert.strictEqual of objects and functions: reference-equality messages and "same structure" form.
const assert = require('assert');

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

const o = { a: 1 };
check('same reference', () => assert.strictEqual(o, o));
check('{} vs {}', () => assert.strictEqual({}, {}));
check('[1] vs [1]', () => assert.strictEqual([1], [1]));
check('{a:1} vs {a:2}', () => assert.strictEqual({ a: 1 }, { a: 2 }));
check('nested same structure', () => assert.strictEqual({ a: { b: 1 } }, { a: { b: 1 } }));
check('arrays same', () => assert.strictEqual([1, 2, 3], [1, 2, 3]));
check('functions', () => assert.strictEqual(function f() {}, function f() {}));
check('object vs null', () => assert.strictEqual({ a: 1 }, null));
check('array vs string', () => assert.strictEqual([1, 2], '1,2'));
check('custom message', () => assert.strictEqual({ a: 1 }, { a: 1 }, 'not the same'));
