// when timers with different delays are all overdue, they run by due time with microtasks drained between them
function busy(ms) { const end = Date.now() + ms; while (Date.now() < end); }
setTimeout(() => console.log('50ms'), 50);
setTimeout(() => {
  console.log('1ms');
  queueMicrotask(() => console.log('1ms microtask'));
}, 1);
setTimeout(() => {
  console.log('5ms');
  Promise.resolve().then(() => console.log('5ms then')).then(() => console.log('5ms then 2'));
}, 5);
setTimeout(() => console.log('1ms second'), 1);
busy(80);
console.log('sync done, all overdue');
