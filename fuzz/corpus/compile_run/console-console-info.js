// console.info and console.debug write to stdout like console.log
console.info('info message', { a: 1 });
console.debug('debug message', [1, 2]);
console.log('log message');
console.info();
console.info(42, 'x');
