// number formatting inside containers matches top-level formatting
console.log([0.1 + 0.2, 1 / 3, -0, 0, 1e21, 1e-7, 2 ** 53, NaN, -Infinity]);
console.log({ half: 0.5, big: 123456789012345680000, tiny: 5e-324, negZero: -0 });
console.log([100, 1e2, 1.0, 12e-1, 0x10, 0o10, 0b10]);
