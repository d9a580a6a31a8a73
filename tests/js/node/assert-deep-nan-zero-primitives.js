// Deep equality of primitives and wrappers: NaN, -0 vs 0, null/undefined, loose == rules, symbols.
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

compare('NaN', NaN, NaN);
compare('[NaN]', [NaN], [NaN]);
compare('{a: NaN}', { a: NaN }, { a: NaN });
compare('0 vs -0', 0, -0);
compare('[0] vs [-0]', [0], [-0]);
compare('{a: 0} vs {a: -0}', { a: 0 }, { a: -0 });
compare('-0 vs -0', -0, -0);
compare('1 vs "1"', 1, '1');
compare('null vs undefined', null, undefined);
compare('[null] vs [undefined]', [null], [undefined]);
compare('{a: undefined} vs {}', { a: undefined }, {});
compare('{a: undefined} vs {b: undefined}', { a: undefined }, { b: undefined });
compare('true vs 1', true, 1);
compare('"" vs 0', '', 0);
compare('1n vs 1', 1n, 1);
compare('same symbol', Symbol.iterator, Symbol.iterator);
compare('different symbols', Symbol('a'), Symbol('a'));
compare('"a" vs "a"', 'a', 'a');
compare('null vs {}', null, {});
compare('object vs string', { 0: 'a' }, 'a');
compare('sparse vs undefined hole', [1, , 3], [1, undefined, 3]);
compare('sparse same', [1, , 3], [1, , 3]);
compare('array extra prop', Object.assign([1, 2], { foo: 'bar' }), Object.assign([1, 2], { foo: 'baz' }));
compare('array vs arguments', [1, 2], (function () { return arguments; })(1, 2));
compare('array-like object', { 0: 1, 1: 2, length: 2 }, [1, 2]);
