// Number toString(radix): invalid radix RangeError, fractional values, negatives, huge/tiny values, special values
const show = (f) => { try { return f(); } catch (e) { return e.name; } };
console.log(show(() => (10).toString(1)), show(() => (10).toString(37)), show(() => (10).toString(0)), (10).toString(undefined), (10).toString(10.9));
console.log((NaN).toString(2), (Infinity).toString(16), (-Infinity).toString(36), (-0).toString(2), (0).toString(36));
console.log((0.5).toString(36), (-0.75).toString(2), (1 / 3).toString(3), (255.5).toString(16), (1e21).toString(36), (2 ** 53).toString(2).length);
console.log((0.1).toString(3), (Math.PI).toString(16), (1e-7).toString(2).length > 20, (123.456).toString(8));
console.log((35).toString(36), (36).toString(36), (-36 * 36).toString(36), (2 ** 31).toString(32), Number.MAX_SAFE_INTEGER.toString(36));
console.log(show(() => Number.prototype.toString.call('5')), Number.prototype.toString.call(new Number(7), 2), (12).toString('16'));
console.log(parseInt((123456789).toString(7), 7), parseFloat('0x10'), Number('0b' + (10).toString(2)));
