// microtasks queued by a timer run before the next timer due at the same time
setTimeout(() => {
  console.log('timer A');
  Promise.resolve().then(() => console.log('A then'));
  queueMicrotask(() => {
    console.log('A microtask');
    queueMicrotask(() => console.log('A nested microtask'));
  });
}, 5);
setTimeout(() => {
  console.log('timer B');
  Promise.resolve().then(() => console.log('B then')).then(() => console.log('B then 2'));
}, 5);
setTimeout(() => console.log('timer C'), 5);
console.log('sync end');
