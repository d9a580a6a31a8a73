// how numbers are printed: shortest round-trip, exponent thresholds, negative zero
console.log(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 100 / 3);
console.log(1e21, 1e20, 123456789012345680000, 1.5e21, 1e-6, 1e-7, 1.5e-7, 0.000001234);
console.log(-0, 0, -0 + 0, [-0], String(-0), `${-0}`, (-0).toString(), -0 === 0);
console.log(2 ** 53, 2 ** 53 + 1, 2 ** 64, 2 ** 100, 2 ** -10, 2 ** 1023 * 2);
console.log(NaN, -NaN, Infinity, -Infinity);
console.log(5e-324, 1.7976931348623157e308, 4.35, 0.5, 100, 1e2, 12e-1);
console.log(123.456, -123.456, 1.0, 1.10, 999999999999999999999, 99999999999999990000);
console.log(0.1 + 0.7, 1.005 * 1000, 3 * 1.1, 9.95, 1e300 * 1e10);
console.log(String(1e21), String(123e-20), String(1 / 7), String(-1e-7), String(25 ** 0.5));
console.log([0.1, -0, 1e21, NaN]);
console.log({ n: -0, m: 1e-7 });
