// setTimeout with delay 0 and delay 1 share one queue and keep creation order
setTimeout(() => console.log('a (1)'), 1);
setTimeout(() => console.log('b (0)'), 0);
setTimeout(() => console.log('c (1)'), 1);
setTimeout(() => console.log('d (no delay)'));
setTimeout(() => console.log('e (0)'), 0);
setTimeout(() => console.log('f (1)'), 1);
console.log('sync');
