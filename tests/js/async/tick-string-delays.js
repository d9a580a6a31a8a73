// numeric strings, booleans, arrays and objects with valueOf are converted to delays
let valueOfCalls = 0;
setTimeout(() => console.log('string "80"'), '80');
setTimeout(() => console.log('true (1)'), true);
setTimeout(() => console.log('string " 5 "'), ' 5 ');
setTimeout(() => console.log('number 15'), 15);
setTimeout(() => console.log('string "0x10" (16)'), '0x10');
setTimeout(() => console.log('valueOf 45'), { valueOf() { valueOfCalls++; return 45; } });
setTimeout(() => console.log('array [60]'), [60]);
console.log('sync, valueOf called', valueOfCalls, 'time(s)');
