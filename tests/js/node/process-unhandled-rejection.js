// 'unhandledRejection' gets (reason, promise) after the ticks and microtasks of the turn; a listener prevents the crash; handling in a tick or microtask is in time
const name = (p) => (p === p1 ? 'p1' : p === p2 ? 'p2' : p === p3 ? 'p3' : p === p4 ? 'p4' : '?');
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason instanceof Error ? reason.message : String(reason), name(promise));
});
const p1 = Promise.reject(new Error('one'));
const p2 = Promise.reject(42);
const p3 = (async () => { await null; throw new Error('async three'); })();
let p4;
setImmediate(() => {
  console.log('immediate rejects p4');
  p4 = new Promise((resolve, reject) => reject(undefined));
  process.nextTick(() => console.log('tick after p4'));
});
const late1 = Promise.reject('handled in a tick');
process.nextTick(() => late1.catch((r) => console.log('caught:', r)));
const late2 = Promise.reject('handled in a microtask');
queueMicrotask(() => late2.catch((r) => console.log('caught:', r)));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
process.on('exit', (code) => console.log('exit', code));
console.log('main');
