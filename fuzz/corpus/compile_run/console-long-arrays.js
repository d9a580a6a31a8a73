// arrays with more than 6 items or long content are broken across lines
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
console.log(Array.from({ length: 26 }, (_, i) => i * 3));
console.log(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']);
console.log(['a long string value number one', 'a long string value number two', 'three']);
console.log([{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }, { e: 5 }, { f: 6 }, { g: 7 }]);
console.log([[1, 2, 3, 4, 5, 6, 7], [8]]);
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log([1, 22, 333, 4444, 55555, 666666, 7777777, 88888888, 999999999]);
console.log([true, false, true, false, true, false, true]);
