// console.group and groupEnd indent nested output
console.log('top');
console.group('Group A');
console.log('inside A');
console.log({ a: 1, b: { c: 2 } });
console.group();
console.log('nested');
console.log('multi\nline');
console.groupEnd();
console.log('back in A');
console.groupEnd();
console.groupEnd();
console.log('top again');
console.groupCollapsed('collapsed');
console.info([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]);
console.groupEnd();
