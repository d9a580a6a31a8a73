// substitutions with non-string values and missing arguments
console.log('%s', 42, '%s');
console.log('%s', [1, [2, [3, [4]]]]);
console.log('%s', -0);
console.log('%s|%s', 'a');
console.log('%i', '0x10');
console.log('%f', 'abc');
console.log('%d', {});
console.log('%s', function named() {});
console.log('%s', null, '%d', 5);
console.log(5, '%s', 'x');
console.log('%%s %s', 'v');
console.log('%s', new Map([[1, 2]]));
console.log('%s', 'a\nb');
