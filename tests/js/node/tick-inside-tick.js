// inside a nextTick: newly queued ticks run before any promise job or queueMicrotask job, whichever was queued first
const log = (s) => console.log(s);
process.nextTick(() => {
  log('tick 1');
  queueMicrotask(() => log('microtask from tick 1'));
  Promise.resolve().then(() => log('promise from tick 1'));
  process.nextTick(() => {
    log('tick 1.1');
    process.nextTick(() => log('tick 1.1.1'));
    Promise.resolve().then(() => log('promise from tick 1.1'));
  });
});
process.nextTick(() => log('tick 2'));
queueMicrotask(() => log('microtask from main'));
log('sync');
