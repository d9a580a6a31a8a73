// the worker's parentPort emits 'close' after close(); a timer still pending keeps the worker alive until it fires
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(8);
const w = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  const flags = new Int32Array(workerData);
  parentPort.on('close', () => { Atomics.store(flags, 0, 1); });
  parentPort.on('message', () => {
    parentPort.close();
    setTimeout(() => { Atomics.store(flags, 1, Atomics.load(flags, 0) + 10); }, 30);
  });
`, { eval: true, workerData: sab });
w.on('exit', (code) => {
  const flags = new Int32Array(sab);
  console.log('exit', code, 'close event flag', flags[0], 'timer flag', flags[1]);
});
w.postMessage('x');
