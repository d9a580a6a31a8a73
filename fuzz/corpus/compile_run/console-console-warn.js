// console.warn writes to stderr with the same formatting (this test uses only console.warn)
console.warn('warning message');
console.warn({ level: 'warn' }, ['a', 'b']);
console.warn(1, 2, 3);
