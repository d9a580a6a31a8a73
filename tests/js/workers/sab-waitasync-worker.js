// Atomics.waitAsync inside a worker (kept alive by its parentPort listener): the main thread's notify wakes that one waiter with 'ok'
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(8);
const i32 = new Int32Array(sab);
const w = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  const i32 = new Int32Array(workerData);
  // a pending waitAsync alone does not keep a thread alive in Node: listen on parentPort until woken
  parentPort.on('message', () => {});
  const res = Atomics.waitAsync(i32, 0, 0);
  res.value.then((v) => {
    parentPort.postMessage({ result: v, value: Atomics.load(i32, 0) });
    parentPort.close();
  });
  parentPort.postMessage({ waiting: res.async });
`, { eval: true, workerData: sab });
w.on('message', (m) => {
  console.log(m);
  if ('waiting' in m) {
    Atomics.store(i32, 0, 5);
    console.log('woken by main:', Atomics.notify(i32, 0));
  }
});
w.on('exit', (code) => console.log('exit', code));
