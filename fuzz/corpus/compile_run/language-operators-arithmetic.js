// arithmetic operators, precedence, and numeric coercion
console.log(1 + 2 * 3, (1 + 2) * 3, 10 / 4, 7 - 10, 2 * -3);
console.log(1 / 0, -1 / 0, 0 / 0, 0 * -1, -0 + 0, -0 - 0);
console.log('6' * '7', '10' / 2, '5' - 2, '5' + 2, 5 + '2', '3' * 'x');
console.log(true + true, null + 1, undefined + 1, [] + 1, [2] * [3], {} + 1);
console.log(0.1 + 0.2, 0.1 * 3, 9007199254740992 + 1, 2 ** 53 + 2);
console.log(1 - - 1, 1 + + '2', - - '3', +[], +{}, +'', +' 42 ', +'1e3', +'0b101', +'0o17', +'0x1F');
console.log(Number.MAX_VALUE * 2, -Number.MAX_VALUE * 2, Number.MIN_VALUE / 2);
console.log(Infinity - Infinity, Infinity * 0, Infinity / Infinity, Infinity + Infinity);

// left-to-right evaluation of operands
const order = [];
const v = (x) => { order.push(x); return x; };
console.log(v(1) - v(2) * v(3), order.join(','));

// associativity
console.log(10 - 5 - 2, 64 / 8 / 2, 2 ** 3 ** 2);

// division results
console.log(1 / 3, 2 / 3, 10 / 3, -7 / 2);
