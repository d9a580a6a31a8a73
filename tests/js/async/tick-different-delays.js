// timers with delays 100, 30, 0, 1, 2, 10 run in due-time order; 0 and 1 share one queue
setTimeout(() => console.log('delay 100'), 100);
setTimeout(() => console.log('delay 30'), 30);
setTimeout(() => console.log('delay 0'), 0);
setTimeout(() => console.log('delay 1'), 1);
setTimeout(() => console.log('second 0'), 0);
setTimeout(() => console.log('delay 2'), 2);
setTimeout(() => console.log('delay 10'), 10);
setTimeout(() => console.log('second 10'), 10);
setTimeout(() => console.log('second 30'), 30);
console.log('created');
