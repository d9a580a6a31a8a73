// adding a 'message' listener after unref() refs the worker's port again, so the parent waits for the worker's message
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  setTimeout(() => parentPort.postMessage('late message'), 50);
`, { eval: true });
w.unref();
w.on('message', (m) => console.log('got', m));
process.on('exit', (code) => console.log('parent exit', code));
