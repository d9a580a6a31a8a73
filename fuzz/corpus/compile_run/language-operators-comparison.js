// relational comparison across types
console.log('10' < '9', 10 < 9, '10' < 9, 'a' < 'b', 'B' < 'a', 'abc' < 'abd', 'ab' < 'abc');
console.log(null >= 0, null > 0, null == 0, undefined >= 0, undefined == 0);
console.log(NaN < 1, NaN > 1, NaN <= NaN, NaN >= NaN);
console.log([2] > 1, [1, 2] > 1, ({}) < ({}), ({}) <= ({}));
console.log(true > false, true >= 1, '1' <= true);
console.log('' < 'a', '' < 0, ' ' == 0);
console.log(Infinity > Number.MAX_VALUE, -Infinity < -Number.MAX_VALUE);
console.log(-0 < 0, -0 <= 0, 0 >= -0);

// valueOf ordering for objects: left operand first
const log = [];
const a = { valueOf() { log.push('a'); return 1; } };
const b = { valueOf() { log.push('b'); return 2; } };
console.log(a < b, b > a, log.join(''));

// string comparison by UTF-16 code units
console.log('\uD83D\uDE00' > '\uFFFF', 'Z' < 'a', 'é' > 'z');

// comparison with mixed string/number where string is not numeric
console.log('abc' < 1, 'abc' > 1);
