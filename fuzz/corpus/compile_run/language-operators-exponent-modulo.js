// ** operator precedence/associativity and % with negatives and non-integers
console.log(2 ** 10, 2 ** -1, (-2) ** 2, (-2) ** 3, 2 ** 0.5);
console.log(2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(-(2 ** 2), 2 * 3 ** 2, 4 ** 0.5 * 2);
console.log(NaN ** 0, 1 ** Infinity, 0 ** -1, (-0) ** -1, (-8) ** (1 / 3));
try {
  eval('-2 ** 2');
} catch (e) {
  console.log('unary minus before **', e.name);
}
let e = 3;
e **= 2;
console.log(e);

// modulo takes the sign of the dividend
console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3);
console.log(5.5 % 2, -5.5 % 2, 0.3 % 0.1);
console.log(5 % 0, 0 % 5, -0 % 5, 5 % Infinity, Infinity % 5);
console.log(-4 % 2, Object.is(-4 % 2, -0));
console.log('10' % '4', 2 ** '3');
// true mathematical modulo helper
const mod = (a, n) => ((a % n) + n) % n;
console.log(mod(-1, 5), mod(-7, 3));
