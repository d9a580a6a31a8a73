// ref() after unref() makes the worker keep the parent alive again until it finishes on its own
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  setTimeout(() => parentPort.postMessage('worker done after its timer'), 50);
`, { eval: true });
w.unref();
w.ref();
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
process.on('exit', (code) => console.log('parent exit', code));
