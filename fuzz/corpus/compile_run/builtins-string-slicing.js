// slice, substring, substr: differing treatment of negative and swapped arguments
const s = 'JavaScript';
console.log(s.slice(0, 4), s.slice(4), s.slice(-6), s.slice(-6, -3), s.slice(3, 1), s.slice(100));
console.log(s.substring(0, 4), s.substring(4), s.substring(-3), s.substring(4, 0), s.substring(NaN, 2), s.substring(2, 100));
console.log(s.substr(0, 4), s.substr(4), s.substr(-6, 3), s.substr(2, -1), s.substr(100), s.substr(1, 0));
console.log('[' + s.slice(5, 5) + ']', '[' + s.substring(5, 5) + ']', '[' + s.substr(5, 0) + ']');
console.log(s.slice(), s.substring(), s.substr());
console.log(s.slice(1.9, 3.1), s.substring('2', '5'), s.substr('1', '3'));

// surrogate pairs are split by code-unit slicing
const e = 'a😀b';
console.log(e.slice(0, 2).length, e.slice(1, 3) === '😀', e.substring(2).charCodeAt(0).toString(16));

// concat
console.log('a'.concat('b', 1, null, [2, 3], {}), ''.concat(), 'x'.concat(undefined));
