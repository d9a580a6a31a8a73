// Number() conversion from strings and other values
const inputs = ['  12  ', '', ' ', '0x10', '0X1f', '0o17', '0b101', '1e3', '-1e-3', '.5', '5.', '+7', '-0', '12px', '1,000',
  'Infinity', '-Infinity', 'infinity', '\n\t42\n', '0x', '1_000', '00012', '-0x10', '1e', 'NaN', '9007199254740993'];
for (const s of inputs) console.log(quoted(s), '->', Number(s));
function quoted(s) { return "'" + s.split('\n').join('\\n').split('\t').join('\\t') + "'"; }

console.log(Number(null), Number(undefined), Number(true), Number(false), Number([]), Number([5]), Number(['6']), Number([1, 2]), Number({}));
console.log(Number(), Number(' \u00a0 '), Number('\u2028 3 \u2029'));
console.log(new Number(5) + 1, typeof new Number(5), typeof Number('5'));

// Number of objects uses valueOf then toString
console.log(Number({ valueOf: () => '42' }), Number({ toString: () => '0x20' }));
try { Number(Symbol()); } catch (e) { console.log('symbol', e.name); }
