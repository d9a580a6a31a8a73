// assert.deepStrictEqual failure messages: Node's "+ actual - expected" line diff for objects and arrays.
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

check('equal objects', () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }));
check('object value', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
check('array element', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
check('nested', () => assert.deepStrictEqual({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] } }));
check('actual longer', () => assert.deepStrictEqual([1, 2, 3], [1, 2]));
check('expected longer', () => assert.deepStrictEqual([1, 2], [1, 2, 3]));
check('type mismatch', () => assert.deepStrictEqual(1, '1'));
check('array vs object', () => assert.deepStrictEqual([], {}));
check('context lines', () => assert.deepStrictEqual(
  [1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9]));
check('skipped lines', () => assert.deepStrictEqual(
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
check('skipped at end', () => assert.deepStrictEqual(
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]));
check('many keys', () => assert.deepStrictEqual(
  { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 9 }));
check('sorted keys', () => assert.deepStrictEqual({ z: 1, y: 2 }, { y: 2, z: 3 }));
check('big arrays', () => assert.deepStrictEqual(
  Array.from({ length: 60 }, (_, i) => i), Array.from({ length: 60 }, (_, i) => (i === 30 ? 'x' : i))));
check('very long diff', () => assert.deepStrictEqual(
  Array.from({ length: 120 }, (_, i) => i), Array.from({ length: 120 }, (_, i) => -i)));
check('strings in objects', () => assert.deepStrictEqual({ s: 'a\nb' }, { s: 'a\nc' }));
check('same inspection', () => assert.deepStrictEqual({ a: Symbol('s') }, { a: Symbol('s') }));
check('custom message', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom msg'));
check('getter shown', () => assert.deepStrictEqual({ get a() { return 1; } }, { a: 2 }));
check('Map diff', () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
check('Set diff', () => assert.deepStrictEqual(new Set([1, 2, 3, 4]), new Set([1, 2, 3, 5])));
