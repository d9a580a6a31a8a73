// Atomics.wait in a worker: 'not-equal', 'timed-out', and 'ok' after the main thread notifies; the SAB is shared, not copied
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(20);
const i32 = new Int32Array(sab);
const w = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  const i32 = new Int32Array(workerData);
  const r1 = Atomics.wait(i32, 0, 1);
  const r2 = Atomics.wait(i32, 0, 0, 5);
  parentPort.postMessage({ r1, r2 });
  Atomics.store(i32, 1, 1);
  Atomics.notify(i32, 1);
  const r3 = Atomics.wait(i32, 2, 0);
  parentPort.postMessage({ r3, seen: Atomics.load(i32, 3) });
`, { eval: true, workerData: sab });
w.on('message', (m) => {
  console.log(m);
  if ('r1' in m) {
    // wait until the worker has set i32[1], publish 7 in i32[3], then wake the worker's wait
    // on i32[2] (whose value never changes), retrying until it was actually waiting
    Atomics.wait(i32, 1, 0);
    Atomics.store(i32, 3, 7);
    while (Atomics.notify(i32, 2) === 0) Atomics.wait(i32, 4, 0, 1);
  }
});
w.on('exit', (code) => console.log('exit', code));
