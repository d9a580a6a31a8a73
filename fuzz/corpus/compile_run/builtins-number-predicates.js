// isNaN, isFinite, Number.isNaN/isFinite/isInteger/isSafeInteger and Number constants
console.log(isNaN(NaN), isNaN('abc'), isNaN('12'), isNaN(undefined), isNaN(null), isNaN({}), isNaN(''));
console.log(Number.isNaN(NaN), Number.isNaN('abc'), Number.isNaN(undefined), Number.isNaN(0 / 0));
console.log(isFinite('12'), isFinite(Infinity), isFinite(null), Number.isFinite('12'), Number.isFinite(12), Number.isFinite(NaN));
console.log(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger('5'), Number.isInteger(Infinity), Number.isInteger(-0), Number.isInteger(2 ** 60));
console.log(Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(3.1), Number.isSafeInteger(-(2 ** 53 - 1)));
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2, 0.1 + 0.2 - 0.3 < Number.EPSILON);
