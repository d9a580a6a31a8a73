// queueMicrotask shares the FIFO queue with promise reactions
const log = (s) => console.log(s);
queueMicrotask(() => log('qm1'));
Promise.resolve().then(() => log('p1')).then(() => log('p2'));
queueMicrotask(() => {
  log('qm2');
  queueMicrotask(() => log('qm2-inner'));
  Promise.resolve().then(() => log('qm2-promise'));
});
Promise.resolve().then(() => { log('p3'); queueMicrotask(() => log('p3-qm')); });
queueMicrotask(() => log('qm3'));
log('sync end');
