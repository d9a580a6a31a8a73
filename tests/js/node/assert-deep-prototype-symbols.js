// Deep equality and prototypes / keys: strict compares prototypes and own enumerable symbol keys; non-enumerable keys are ignored.
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
class Foo { constructor() { this.a = 1; } }
class Bar { constructor() { this.a = 1; } }
compare('class vs plain', new Foo(), { a: 1 });
compare('two classes', new Foo(), new Bar());
compare('same class', new Foo(), new Foo());
const nullProto = Object.create(null);
nullProto.a = 1;
compare('null prototype vs plain', nullProto, { a: 1 });
compare('custom prototypes', Object.create({ x: 1 }), Object.create({ x: 1 }));
const proto = { x: 1 };
compare('shared prototype', Object.create(proto), Object.create(proto));
const s = Symbol('s');
compare('symbol keys equal', { [s]: 1 }, { [s]: 1 });
compare('symbol values differ', { a: 1, [s]: 2 }, { a: 1, [s]: 3 });
compare('symbol key missing', { a: 1, [s]: 2 }, { a: 1 });
compare('symbol key only on right', { a: 1 }, { a: 1, [s]: 2 });
compare('different symbols same description', { [Symbol('k')]: 1 }, { [Symbol('k')]: 1 });
const hidden = { a: 1 };
Object.defineProperty(hidden, s, { value: 5, enumerable: false });
compare('non-enumerable symbol', hidden, { a: 1 });
const hiddenStr = { a: 1 };
Object.defineProperty(hiddenStr, 'b', { value: 2, enumerable: false });
compare('non-enumerable string key', hiddenStr, { a: 1 });
compare('key order', { a: 1, b: 2 }, { b: 2, a: 1 });
compare('getter vs value', { get a() { return 1; } }, { a: 1 });
const tagged = { [Symbol.toStringTag]: 'X' };
compare('toStringTag differs', tagged, {});
const arrSym = [1];
arrSym[s] = 1;
compare('array with symbol', arrSym, [1]);
let calls = 0;
const counted = { get a() { calls++; return 1; } };
assert.deepStrictEqual(counted, { a: 1 });
console.log('getter calls after deepStrictEqual:', calls);
assert.deepEqual(counted, { a: 1 });
console.log('getter calls after deepEqual:', calls);
