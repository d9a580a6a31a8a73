// Deep equality of WeakMap, WeakSet, Promise and functions: only own enumerable keys are compared, not contents.
const assert = require('assert');

function passes(fn) {
  try {
    fn();
    return true;
  } catch (e) {
    if (e.code !== 'ERR_ASSERTION') throw e;
    return false;
  }
}
function compare(label, a, b) {
  const strict = passes(() => assert.deepStrictEqual(a, b));
  const loose = passes(() => assert.deepEqual(a, b));
  const notStrict = passes(() => assert.notDeepStrictEqual(a, b));
  const notLoose = passes(() => assert.notDeepEqual(a, b));
  if (strict === notStrict || loose === notLoose) console.log(`${label}: INCONSISTENT`);
  console.log(`${label}: strict=${strict} loose=${loose}`);
}
const key = {};
compare('WeakMaps', new WeakMap(), new WeakMap([[key, 1]]));
compare('WeakSets', new WeakSet(), new WeakSet([key]));
compare('WeakMap vs WeakSet', new WeakMap(), new WeakSet());
compare('Promises', Promise.resolve(1), Promise.resolve(2));
compare('Promise vs object', Promise.resolve(1), {});
function f() {}
function g() {}
compare('same function', f, f);
compare('different functions', f, g);
compare('function vs arrow', () => {}, () => {});
const fp = function h() {};
fp.extra = 1;
compare('function with property', fp, function h() {});
const wm = new WeakMap();
wm.tag = 'a';
const wm2 = new WeakMap();
wm2.tag = 'b';
compare('WeakMaps with props', wm, wm2);
try {
  assert.deepStrictEqual(new WeakSet(), new WeakMap());
} catch (e) {
  console.log(e.message);
}
