// An async generator producer, an async-function consumer, a plain async function, queueMicrotask
// callbacks and a then-chain all share one microtask queue; the log records their exact interleaving.
const log = [];
async function* producer() {
  log.push('P start');
  yield 'p1';
  log.push('P resumed');
  queueMicrotask(() => log.push('qm from producer'));
  yield 'p2';
  log.push('P end');
}
async function consumer() {
  log.push('C start');
  for await (const v of producer()) {
    log.push('C ' + v);
    await null;
    log.push('C after await ' + v);
  }
  log.push('C end');
}
async function other() {
  log.push('O start');
  await undefined;
  log.push('O 1');
  await Promise.resolve();
  log.push('O 2');
}
consumer();
other();
queueMicrotask(() => log.push('qm 1'));
Promise.resolve().then(() => log.push('then 1')).then(() => log.push('then 2')).then(() => log.push('then 3'));
queueMicrotask(() => queueMicrotask(() => log.push('qm nested')));
log.push('sync end');
setTimeout(() => log.forEach((l, i) => console.log(String(i).padStart(2), l)), 0);
