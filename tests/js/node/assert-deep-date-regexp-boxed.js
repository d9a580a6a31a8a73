// Deep equality of Date, RegExp (source, flags, lastIndex), boxed primitives and errors (message, name, cause).
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

compare('Date same', new Date(0), new Date(0));
compare('Date differs', new Date(0), new Date(1));
compare('invalid Dates', new Date(NaN), new Date(NaN));
compare('Date vs number', new Date(0), 0);
const d1 = new Date(0);
d1.note = 'x';
compare('Date extra prop', d1, new Date(0));
compare('RegExp same', /a/g, /a/g);
compare('RegExp flags', /a/g, /a/i);
compare('RegExp source', /a/, /b/);
const r1 = /a/g;
const r2 = /a/g;
r2.lastIndex = 3;
compare('RegExp lastIndex', r1, r2);
compare('Number boxes', new Number(1), new Number(1));
compare('Number boxes differ', new Number(1), new Number(2));
compare('Number -0 vs 0', new Number(-0), new Number(0));
compare('Number vs primitive', new Number(1), 1);
compare('String boxes', new String('a'), new String('a'));
compare('String vs Number box', new String('1'), new Number(1));
compare('Boolean boxes', new Boolean(false), new Boolean(false));
compare('BigInt boxes', Object(1n), Object(1n));
const sym = Symbol('s');
compare('Symbol boxes', Object(sym), Object(sym));
compare('Symbol boxes differ', Object(Symbol('s')), Object(Symbol('s')));
compare('Errors same', new Error('x'), new Error('x'));
compare('Errors message', new Error('x'), new Error('y'));
compare('Errors class', new Error('x'), new TypeError('x'));
compare('Errors cause', new Error('x', { cause: 1 }), new Error('x', { cause: 2 }));
compare('Errors same cause', new Error('x', { cause: { a: 1 } }), new Error('x', { cause: { a: 1 } }));
compare('Errors props', Object.assign(new Error('q'), { code: 1 }), Object.assign(new Error('q'), { code: 2 }));
compare('Error vs object', new Error('x'), { message: 'x' });
const e1 = new Error('x');
const e2 = new Error('x');
e2.name = 'Other';
compare('Errors own name', e1, e2);
try {
  assert.deepStrictEqual(new Error('a'), new Error('b'));
} catch (e) {
  console.log(e.message);
  console.log('actual is a copy:', e.actual instanceof Error, Object.keys(e.actual).length, e.actual.message);
}
