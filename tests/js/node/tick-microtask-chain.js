// queueMicrotask and promise reactions share one FIFO job queue; ticks queued from jobs wait until it is empty
const log = (s) => console.log(s);
queueMicrotask(() => {
  log('m1');
  queueMicrotask(() => log('m1.1'));
  process.nextTick(() => log('tick from m1'));
});
Promise.resolve()
  .then(() => log('p1'))
  .then(() => log('p2'))
  .then(() => log('p3'));
queueMicrotask(() => {
  log('m2');
  Promise.resolve().then(() => log('p from m2'));
});
try { queueMicrotask('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { queueMicrotask(); } catch (e) { console.log(e.name, e.code, e.message); }
log('sync');
