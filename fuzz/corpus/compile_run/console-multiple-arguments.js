// multiple arguments are joined by a single space; strings at top level are unquoted
console.log('a', 'b', 'c');
console.log('number', 42, 'bool', true, 'null', null, 'undef', undefined);
console.log('', '');
console.log('x', '', 'y');
console.log(1, 2, 3);
console.log('obj', { a: 1 }, 'arr', [1, 2]);
console.log([1], [2]);
console.log({}, {});
console.log('trailing space ', ' leading space');
console.log(-0, '-0', [-0]);
