// microtasks scheduled from microtasks run before any timer, breadth-first by enqueue order
const log = (s) => console.log(s);
setTimeout(() => log('timeout'), 0);
function chain(label, n) {
  if (n === 0) return;
  queueMicrotask(() => { log(label + n); chain(label, n - 1); });
}
chain('x', 3);
chain('y', 2);
Promise.resolve().then(() => {
  log('p');
  return Promise.resolve().then(() => log('p-inner'));
}).then(() => log('p-after'));
log('sync end');
