// -0 and special numbers in different positions
console.log(-0, [-0], { z: -0 }, new Map([[-0, -0]]));
console.log(new Set([-0, 0]));
console.log([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON]);
console.log([Number.MAX_VALUE, Number.MIN_VALUE]);
console.log({ nan: NaN, inf: Infinity, ninf: -Infinity });
console.log([0.000001, 0.0000001, 1e20, 1e21, 123e-20]);
console.log([-1e-7, -1e21, 2 ** 31, -(2 ** 31)]);
