// a SharedArrayBuffer ping-pong between the main thread and a worker using Atomics.wait/notify (100 rounds, strict alternation)
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');

const ROUNDS = 100;
// i32[0]: turn (0 = main, 1 = worker); i32[1]: counter; i32[2]: protocol errors
if (isMainThread) {
  const sab = new SharedArrayBuffer(12);
  const i32 = new Int32Array(sab);
  const w = new Worker(__filename, { workerData: sab });
  w.on('message', (m) => {
    console.log('worker says', m);
    for (let r = 0; r < ROUNDS; r++) {
      while (Atomics.load(i32, 0) !== 0) Atomics.wait(i32, 0, 1);
      if (Atomics.load(i32, 1) !== 2 * r) Atomics.add(i32, 2, 1);
      Atomics.add(i32, 1, 1);
      Atomics.store(i32, 0, 1);
      Atomics.notify(i32, 0);
    }
    while (Atomics.load(i32, 0) !== 0) Atomics.wait(i32, 0, 1);
    console.log('counter', Atomics.load(i32, 1), 'errors', Atomics.load(i32, 2));
  });
  w.on('exit', (code) => console.log('exit', code));
} else {
  const i32 = new Int32Array(workerData);
  parentPort.postMessage('ready');
  for (let r = 0; r < ROUNDS; r++) {
    while (Atomics.load(i32, 0) !== 1) Atomics.wait(i32, 0, 0);
    if (Atomics.load(i32, 1) !== 2 * r + 1) Atomics.add(i32, 2, 1);
    Atomics.add(i32, 1, 1);
    Atomics.store(i32, 0, 0);
    Atomics.notify(i32, 0);
  }
}
