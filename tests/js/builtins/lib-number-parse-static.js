// Number.parseFloat/parseInt identity, isInteger/isSafeInteger boundaries, EPSILON and MIN/MAX constants
console.log(Number.parseFloat === parseFloat, Number.parseInt === parseInt, Number.parseInt.name, Number.parseInt.length, parseFloat.length);
console.log(Number.parseFloat('1e1000'), Number.parseFloat('-.5e-3x'), Number.parseFloat('Infinityx'), Number.parseFloat('-Infinity'), Number.parseFloat('inf'));
console.log(Number.parseFloat('0x1p3'), Number.parseFloat('1_0'), Number.parseFloat('  +.e1'), Number.parseFloat('-0'), Object.is(Number.parseFloat('-0'), -0));
console.log(Number.parseInt('  -0x1F'), Number.parseInt('0x'), Number.parseInt('123', 4.9), Number.parseInt('11', -1), Number.parseInt('11', 2 ** 32 + 2));
console.log(Number.parseInt('9007199254740993'), Number.parseInt('1e21'), Number.parseInt(1e21), Number.parseInt(0.0000005), Number.parseInt(null, 36));
const ints = [0, -0, 1.0, 1.5, 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53 + 2, 1e300, Infinity, NaN, '5', 5e-324];
console.log(ints.map(Number.isInteger).join(','));
console.log(ints.map(Number.isSafeInteger).join(','));
console.log(Number.EPSILON === 2 ** -52, 1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 === 1, Number.MAX_SAFE_INTEGER === 2 ** 53 - 1, Number.MIN_SAFE_INTEGER);
console.log(Number.MIN_VALUE, Number.MAX_VALUE, Number.MIN_VALUE / 2, Number.MAX_VALUE * 2, Number.MAX_VALUE + 1 === Number.MAX_VALUE);
const d = Object.getOwnPropertyDescriptor(Number, 'EPSILON');
console.log(d.writable, d.enumerable, d.configurable);
