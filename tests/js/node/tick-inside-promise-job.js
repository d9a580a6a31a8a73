// inside a promise job: further promise jobs and microtasks run before the nextTicks it queued; those ticks run before later microtasks queued by them
const log = (s) => console.log(s);
Promise.resolve().then(() => {
  log('job A');
  process.nextTick(() => {
    log('tick from A');
    Promise.resolve().then(() => log('promise from tick from A'));
    process.nextTick(() => log('tick from tick from A'));
  });
  queueMicrotask(() => log('microtask from A'));
  Promise.resolve().then(() => log('promise from A'));
});
Promise.resolve().then(() => {
  log('job B');
  process.nextTick(() => log('tick from B'));
}).then(() => log('job B then'));
log('sync');
