// queueMicrotask and promise reactions share one FIFO queue, run before the first timer
setTimeout(() => console.log('timer'), 0);
queueMicrotask(() => console.log('q1'));
Promise.resolve().then(() => console.log('p1'));
queueMicrotask(() => console.log('q2'));
const resolved = Promise.resolve('r');
resolved.then(() => console.log('p2'));
queueMicrotask(() => {
  console.log('q3');
  resolved.then(() => console.log('p3 (queued by q3)'));
  queueMicrotask(() => console.log('q4 (queued by q3)'));
});
Promise.reject(new Error('x')).catch(() => console.log('catch'));
console.log('sync');
