// util's legacy helpers: is* type checks, _extend, toUSVString, stripVTControlCharacters, TextEncoder/TextDecoder
const util = require('util');

const values = [
  ['undefined', undefined], ['null', null], ['0', 0], ['NaN', NaN], ['""', ''], ['"s"', 's'],
  ['true', true], ['symbol', Symbol('x')], ['10n', 10n], ['{}', {}], ['[]', []],
  ['function', function f() {}], ['arrow', () => {}], ['date', new Date(0)], ['regexp', /r/],
  ['error', new Error('e')], ['rangeError', new RangeError('r')], ['errorLike', Object.create(Error.prototype)],
  ['nullProto', Object.create(null)], ['boxed', Object('s')], ['uint8', new Uint8Array(1)],
];
const checks = ['isArray', 'isBoolean', 'isBuffer', 'isDate', 'isError', 'isFunction', 'isNull',
  'isNullOrUndefined', 'isNumber', 'isObject', 'isPrimitive', 'isRegExp', 'isString', 'isSymbol',
  'isUndefined'];
for (const check of checks) {
  const hits = values.filter(([, v]) => util[check](v)).map(([name]) => name);
  console.log(check.padEnd(18), hits.join(' '));
}

console.log(util._extend({ a: 1, b: 1 }, { b: 2, c: 3 }));
console.log(Object.keys(util._extend({ z: 0 }, { x: 1, y: 2 })));
console.log(util._extend({ a: 1 }, null), util._extend({ a: 1 }, 'str'), util._extend({ a: 1 }, [5]));

console.log(JSON.stringify(util.toUSVString('ok \ud83d\ude00')));
console.log(JSON.stringify(util.toUSVString('lone \ud800 high, lone \udc00 low, end \ud83d')));
console.log(util.toUSVString(123), util.toUSVString({}), util.toUSVString([1, 2]));

const ansi = '\u001b[1m\u001b[31mbold red\u001b[39m\u001b[22m plain \u001b]8;;https://example.com\u0007link\u001b]8;;\u0007 \u001b[2K\u001b[1G done';
console.log(JSON.stringify(util.stripVTControlCharacters(ansi)));
console.log(util.stripVTControlCharacters('no escapes'));
try {
  util.stripVTControlCharacters(42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

console.log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
console.log(new util.TextDecoder().decode(new util.TextEncoder().encode('round trip ✓')));
