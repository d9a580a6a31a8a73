// Atomics.waitAsync with a timeout resolves 'timed-out' when nobody notifies, while a worker runs; the count of waiters woken later is 0
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(8);
const i32 = new Int32Array(sab);
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => { parentPort.postMessage('worker got ' + m); parentPort.close(); });
`, { eval: true });
const res = Atomics.waitAsync(i32, 0, 0, 30);
console.log('async:', res.async);
res.value.then((v) => {
  console.log('waitAsync settled:', v);
  console.log('notify afterwards wakes', Atomics.notify(i32, 0));
  w.postMessage('done');
});
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
