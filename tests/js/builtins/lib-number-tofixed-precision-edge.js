// toFixed/toPrecision/toExponential edge cases: RangeError bounds, large values, negative zero, rounding, undefined args
const show = (f) => { try { return f(); } catch (e) { return e.name; } };
console.log(show(() => (1).toFixed(101)), show(() => (1).toFixed(-1)), (1).toFixed(100).length, show(() => (1).toFixed(Infinity)));
console.log((1e21).toFixed(2), (1e20).toFixed(2), (-1e21).toFixed(1), (-0).toFixed(2), (-0.0001).toFixed(2), (0.5).toFixed(), (1.5).toFixed(undefined));
console.log((NaN).toFixed(2), (Infinity).toFixed(1), (-Infinity).toExponential(2), (NaN).toPrecision(3), (-Infinity).toPrecision(200));
console.log(show(() => (1).toPrecision(0)), show(() => (1).toPrecision(101)), (1).toPrecision(undefined), (123.456).toPrecision(1), (123.456).toPrecision(2));
console.log((0.000123).toPrecision(2), (1e-7).toPrecision(1), (123456).toPrecision(3), (1e21).toPrecision(3), (-0).toPrecision(3), (99.99).toPrecision(3));
console.log((0).toExponential(), (0).toExponential(2), (-0).toExponential(), (123456).toExponential(), (123456).toExponential(0), (1.5e-10).toExponential(3));
console.log(show(() => (1).toExponential(-1)), show(() => (1).toExponential(101)), show(() => NaN.toExponential(1000)), (5e-324).toExponential(), (1.7976931348623157e308).toExponential(5));
console.log((0.000001).toFixed(5), (1.45).toExponential(1), (2.5).toPrecision(1), (25).toPrecision(1), (1.25).toFixed(1), (1.35).toFixed(1));
console.log(show(() => Number.prototype.toFixed.call('1', 2)), Number.prototype.toFixed.call(new Number(2.345), 1), (12.5).toFixed('1'));
