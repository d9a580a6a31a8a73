// negative, NaN, undefined, null and non-numeric delays all behave like 1 ms
setTimeout(() => console.log('thirty'), 30);
setTimeout(() => console.log('negative'), -10);
setTimeout(() => console.log('one'), 1);
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('undefined'), undefined);
setTimeout(() => console.log('null'), null);
setTimeout(() => console.log('string abc'), 'abc');
setTimeout(() => console.log('empty string'), '');
setTimeout(() => console.log('0.5'), 0.5);
setTimeout(() => console.log('-Infinity'), -Infinity);
setTimeout(() => console.log('false'), false);
console.log('sync');
