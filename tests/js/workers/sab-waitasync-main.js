// Atomics.waitAsync in the main thread is resolved with 'ok' when a worker notifies; the event loop stays responsive meanwhile
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(8);
const i32 = new Int32Array(sab);
const res = Atomics.waitAsync(i32, 0, 0);
console.log('async', res.async, typeof res.value.then);
const immediate = Atomics.waitAsync(i32, 0, 5);
console.log('not-equal:', immediate.async, immediate.value);
const timed = Atomics.waitAsync(i32, 1, 0, 0);
console.log('zero timeout:', timed.async, timed.value);

const w = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  const i32 = new Int32Array(workerData);
  parentPort.on('message', () => {
    Atomics.store(i32, 0, 42);
    parentPort.postMessage(Atomics.notify(i32, 0));
    parentPort.close();
  });
`, { eval: true, workerData: sab });
let notified;
w.on('message', (n) => { notified = n; });
setTimeout(() => {
  console.log('timer ran while waiting');
  w.postMessage('go');
}, 10);
res.value.then((v) => {
  console.log('woken:', v, 'value', Atomics.load(i32, 0));
  w.on('exit', (code) => console.log('notify count', notified, 'exit', code));
});
