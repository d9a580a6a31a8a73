// assert.deepEqual / notDeepEqual: loose deep equality (== for primitives, prototypes ignored) and their messages.
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

check('{a:1} vs {a:"1"}', () => assert.deepEqual({ a: 1 }, { a: '1' }));
check('[1,2] vs ["1","2"]', () => assert.deepEqual([1, 2], ['1', '2']));
check('null vs undefined', () => assert.deepEqual({ a: null }, { a: undefined }));
check('NaN', () => assert.deepEqual([NaN], [NaN]));
check('0 vs -0', () => assert.deepEqual(0, -0));
check('prototype ignored', () => assert.deepEqual(Object.create(null), {}));
check('class vs plain', () => {
  class P { constructor() { this.x = 1; } }
  assert.deepEqual(new P(), { x: 1 });
});
check('Set loose', () => assert.deepEqual(new Set([1, '2']), new Set(['1', 2])));
check('Map loose keys', () => assert.deepEqual(new Map([[1, 'a']]), new Map([['1', 'a']])));
check('Float64Array -0', () => assert.deepEqual(new Float64Array([0]), new Float64Array([-0])));
check('Date', () => assert.deepEqual(new Date(0), new Date(0)));
check('fails', () => assert.deepEqual({ a: 1 }, { a: 2 }));
check('fails array', () => assert.deepEqual([1], ['2']));
check('fails primitive', () => assert.deepEqual(1, 2));
check('fails custom', () => assert.deepEqual({ a: 1 }, { a: 2 }, 'dm'));
check('fails long', () => assert.deepEqual(Array.from({ length: 300 }, (_, i) => i), 5));
check('notDeepEqual passes', () => assert.notDeepEqual({ a: 1 }, { a: 2 }));
check('notDeepEqual loose equal', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
check('notDeepEqual same', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
check('notDeepEqual arrays', () => assert.notDeepEqual([1, 2], [1, 2]));
check('notDeepEqual long', () => assert.notDeepEqual(
  Array.from({ length: 300 }, (_, i) => i), Array.from({ length: 300 }, (_, i) => i)));
check('notDeepEqual custom', () => assert.notDeepEqual([], [], 'they match'));
