// a slow timer callback makes later timers overdue; they still run in due-time order
function busy(ms) { const end = Date.now() + ms; while (Date.now() < end); }
setTimeout(() => {
  console.log('A 10, busy for 120');
  Promise.resolve().then(() => console.log('A then'));
  busy(120);
}, 10);
setTimeout(() => console.log('C 90'), 90);
setTimeout(() => console.log('B 60'), 60);
setTimeout(() => {
  console.log('E 60 (same list as B)');
  queueMicrotask(() => console.log('E microtask'));
}, 60);
setTimeout(() => console.log('D 300'), 300);
console.log('sync');
