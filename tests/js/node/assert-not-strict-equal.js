// assert.notStrictEqual and assert.notDeepStrictEqual: messages for equal values (single line, multi-line, objects).
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

check('notStrictEqual(1, 2)', () => assert.notStrictEqual(1, 2));
check('notStrictEqual(0, -0)', () => assert.notStrictEqual(0, -0));
check('notStrictEqual(1, 1)', () => assert.notStrictEqual(1, 1));
check('notStrictEqual("ab", "ab")', () => assert.notStrictEqual('ab', 'ab'));
check('notStrictEqual("abcdef", "abcdef")', () => assert.notStrictEqual('abcdef', 'abcdef'));
check('notStrictEqual(NaN, NaN)', () => assert.notStrictEqual(NaN, NaN));
const o = { a: [1, 2, 3] };
check('notStrictEqual(o, o)', () => assert.notStrictEqual(o, o));
const f = function named() {};
check('notStrictEqual(f, f)', () => assert.notStrictEqual(f, f));
check('notStrictEqual custom', () => assert.notStrictEqual(1, 1, 'should differ'));
check('notDeepStrictEqual({a:1}, {a:"1"})', () => assert.notDeepStrictEqual({ a: 1 }, { a: '1' }));
check('notDeepStrictEqual(-0, 0)', () => assert.notDeepStrictEqual(-0, 0));
check('notDeepStrictEqual({a:1}, {a:1})', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
check('notDeepStrictEqual([1,2,3])', () => assert.notDeepStrictEqual([1, 2, 3], [1, 2, 3]));
check('notDeepStrictEqual(1, 1)', () => assert.notDeepStrictEqual(1, 1));
check('notDeepStrictEqual(NaN, NaN)', () => assert.notDeepStrictEqual(NaN, NaN));
check('notDeepStrictEqual long', () => assert.notDeepStrictEqual(
  Array.from({ length: 70 }, (_, i) => i), Array.from({ length: 70 }, (_, i) => i)));
check('notDeepStrictEqual custom', () => assert.notDeepStrictEqual({}, {}, 'custom text'));
