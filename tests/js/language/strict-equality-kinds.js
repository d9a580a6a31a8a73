// === and !== (and switch, which compares with ===) on every kind of value, including the
// pairs whose bits differ but which are equal (strings built apart, BigInts computed
// apart, +0 and -0) and the one equal-bits pair that is not (NaN).
const a = 'ab', b = ['a', 'b'].join(''), c = 'a' + String.fromCharCode(98);
const big1 = 10n, big2 = 5n * 2n, big3 = BigInt('10');
const o = {}, s = Symbol('s');
const values = [0, -0, NaN, 1, '1', a, b, c, '', big1, big2, big3, 11n, true, false, null, undefined, o, {}, s, Symbol('s')];
const names = ['0', '-0', 'NaN', '1', "'1'", 'a', 'b', 'c', "''", 'big1', 'big2', 'big3', '11n', 'true', 'false', 'null', 'undefined', 'o', '{}', 's', 'Symbol()'];
for (let i = 0; i < values.length; i++) {
  const row = [];
  for (let j = 0; j < values.length; j++) {
    const x = values[i], y = values[j];
    let viaIf = 0;
    if (x === y) viaIf = 1;
    let viaSwitch = 0;
    switch (x) { case y: viaSwitch = 1; break; default: viaSwitch = 0; }
    const viaValue = x === y ? 1 : 0;
    const viaNot = x !== y ? 0 : 1;
    row.push(viaIf === viaSwitch && viaIf === viaValue && viaIf === viaNot ? String(viaIf) : 'X');
  }
  console.log(names[i].padEnd(10), row.join(''));
}
function kind(v) {
  switch (v) {
    case 'ab': return 'the string ab';
    case 10n: return 'ten as a BigInt';
    case -0: return 'zero';
    case NaN: return 'never';
    case null: return 'null';
    default: return 'other';
  }
}
console.log([b, big2, 0, NaN, null, undefined].map(kind).join(', '));
