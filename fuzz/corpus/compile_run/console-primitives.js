// console.log of primitive values at top level
console.log(1);
console.log(-1.5);
console.log(0, -0, +0);
console.log(NaN, Infinity, -Infinity);
console.log(1e21, 1e-7, 123456789012345680000);
console.log(true, false);
console.log(null);
console.log(undefined);
console.log(Symbol('foo'), Symbol(), Symbol.iterator, Symbol.for('registered'));
console.log('plain string');
console.log('');
console.log('with \'single\' and "double" quotes');
console.log('line1\nline2');
console.log('tab\there');
