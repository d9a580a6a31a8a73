// Number.prototype.toLocaleString and BigInt.prototype.toLocaleString: V8's default en-US form
const xs = [1234.5678, 1e21, NaN, Infinity, -Infinity, 0, -0, 1e-7, -1e-7, 0.0005, 0.0015, 1.0005, 2.5, -2.5, 0.5,
  1.45, 1.4445, 123456789.987654, 1e300, 5e-324, -1234.5, 999.9995, 999.9994, 0.1 + 0.2, 1.005, 12, -0.0001,
  4.35, 1.0045, 8.345, 1e20, 123456.0005, 2 ** 53 + 2, 0.0004999, 99999.9999, 1.7976931348623157e308, 100, 1000,
  -1000000, 0.1, 0.01, 0.001, 0.0001, 9.9995, 1.23e-5, 123.456e10, 0.9995];
for (const x of xs) console.log(Object.is(x, -0) ? '-0' : String(x), x.toLocaleString());
for (const b of [0n, -1n, 12n, 123n, 1234n, -1234567n, 10n ** 30n, -(10n ** 21n) - 1n]) console.log(String(b), b.toLocaleString());
console.log(Number.prototype.toLocaleString.call(Object(5e6)), [1234.5, 2e6, -0.5].toLocaleString());
console.log((1234.5).toLocaleString(undefined, undefined));
