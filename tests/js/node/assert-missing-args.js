// Comparison functions called with fewer than two arguments throw ERR_MISSING_ARGS.
const assert = require('assert');

const names = ['equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual',
  'strictEqual', 'notStrictEqual'];
for (const name of names) {
  for (const args of [[], [1]]) {
    try {
      assert[name](...args);
      console.log(`${name}(${args.length} args): passed`);
    } catch (e) {
      console.log(`${name}(${args.length} args): ${e.name} ${e.code} ${e.message}`);
    }
  }
}
try {
  assert.strictEqual(undefined, undefined);
  console.log('strictEqual(undefined, undefined): passed');
} catch (e) {
  console.log('unexpected', e.message);
}
