// Deep equality of Map and Set: object keys/members in any order, loose primitive matching, nested collections.
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

compare('Set same order', new Set([1, 2]), new Set([1, 2]));
compare('Set other order', new Set([1, 2]), new Set([2, 1]));
compare('Set size differs', new Set([1]), new Set([1, 2]));
compare('Set 1 vs "1"', new Set([1]), new Set(['1']));
compare('Set mixed loose', new Set([1, '2']), new Set(['1', 2]));
compare('Set 1,"1" vs "1",1', new Set([1, '1']), new Set(['1', 1]));
compare('Set objects any order', new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }]));
compare('Set duplicate-looking objects', new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }]));
compare('Set object differs', new Set([{ a: 1 }]), new Set([{ a: '1' }]));
compare('Set null vs undefined', new Set([null]), new Set([undefined]));
compare('Set NaN', new Set([NaN]), new Set([NaN]));
compare('Set 0 vs -0', new Set([0]), new Set([-0]));
compare('Set false vs ""', new Set([false]), new Set(['']));
compare('Set arrays', new Set([[1, 2], [3]]), new Set([[3], [1, 2]]));
compare('Set nested', new Set([new Set([1])]), new Set([new Set([1])]));
compare('Set symbol', new Set([Symbol.iterator]), new Set([Symbol.iterator]));
compare('Map same', new Map([[1, 'a']]), new Map([[1, 'a']]));
compare('Map other order', new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']]));
compare('Map value differs', new Map([[1, 'a']]), new Map([[1, 'b']]));
compare('Map key 1 vs "1"', new Map([[1, 'a']]), new Map([['1', 'a']]));
compare('Map value 1 vs "1"', new Map([['k', 1]]), new Map([['k', '1']]));
compare('Map object keys', new Map([[{ a: 1 }, 'x'], [{ a: 2 }, 'y']]), new Map([[{ a: 2 }, 'y'], [{ a: 1 }, 'x']]));
compare('Map {} keys swapped values', new Map([[{}, 'a'], [{}, 'b']]), new Map([[{}, 'b'], [{}, 'a']]));
compare('Map object key differs', new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 2 }, 'x']]));
compare('Map undefined value vs missing', new Map([[1, undefined]]), new Map([[2, undefined]]));
compare('Map null vs undefined key', new Map([[null, 1]]), new Map([[undefined, 1]]));
compare('Map NaN key', new Map([[NaN, 1]]), new Map([[NaN, 1]]));
compare('Map nested Set', { m: new Map([[1, new Set([1])]]) }, { m: new Map([[1, new Set(['1'])]]) });
compare('Map vs Set', new Map(), new Set());
compare('Map vs object', new Map([['a', 1]]), { a: 1 });
const m1 = new Map([[1, 2]]);
m1.extra = true;
compare('Map with extra property', m1, new Map([[1, 2]]));
