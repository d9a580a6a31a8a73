// printf-style substitutions %s %d %i %f %j %o %O %c %%
console.log('%s is %d years', 'Bob', 42);
console.log('%i %i %f', 42.9, -3.7, '1.5');
console.log('%d', '12abc');
console.log('%s', { a: 1 }, 'extra', 3);
console.log('%j', { a: [1, 2] });
console.log('%o', { a: 1 });
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('%c styled %c', 'color: red', 'font-weight: bold');
console.log('100%% sure', 1);
console.log('%s %s %s', 'only one');
console.log('%x %s', 'unknown');
console.log('no specifiers', '%s', 1);
console.log('%s', Symbol('sym'), null, undefined);
console.log('%d %d', -0, NaN);
console.log('trailing %');
