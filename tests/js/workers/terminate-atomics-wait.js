// terminate() ends a worker blocked in Atomics.wait with no timeout
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(4);
const w = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  parentPort.postMessage('about to wait');
  Atomics.wait(new Int32Array(workerData), 0, 0);
  parentPort.postMessage('woke up');
`, { eval: true, workerData: sab });
w.on('message', (m) => {
  console.log(m);
  setTimeout(() => w.terminate().then((code) => console.log('terminated', code)), 20);
});
w.on('exit', (code) => console.log('exit', code));
