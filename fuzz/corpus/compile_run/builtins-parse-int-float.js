// parseInt and parseFloat
console.log(parseInt('42'), parseInt('  42px'), parseInt('px42'), parseInt('-17.9'), parseInt('0x1A'), parseInt('1e3'));
console.log(parseInt('101', 2), parseInt('ff', 16), parseInt('z', 36), parseInt('10', 37), parseInt('10', 1), parseInt('10', 0));
console.log(parseInt('0x10', 16), parseInt('0x10', 10), parseInt('012'), parseInt(''), parseInt('-'), parseInt('+5'));
console.log(parseInt(0.0000005), parseInt(1e21), parseInt(null), parseInt('Infinity'), parseInt('  -0'));
console.log(parseInt('123', 5), parseInt('9', 8), parseInt('7', 8), parseInt('11', '2'), parseInt('11', 2.9));
console.log(parseInt('9007199254740993'), parseInt('1'.repeat(25)));

console.log(parseFloat('3.14'), parseFloat('  3.14abc'), parseFloat('.5'), parseFloat('-.5e2'), parseFloat('1e-3x'), parseFloat('abc'));
console.log(parseFloat('Infinityx'), parseFloat('-Infinity'), parseFloat('0x10'), parseFloat('1.2.3'), parseFloat(''), parseFloat('1e'));
console.log(parseFloat('  \n 7'), parseFloat([' 8 ']), parseFloat({ toString() { return '9.5'; } }), parseFloat('-0'));

console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat);
