// a worker whose only 'message' listener was added with once() exits after that message (the port stops keeping it alive)
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (m) => parentPort.postMessage('got ' + m));
`, { eval: true });
w.on('message', (m) => console.log('message:', m));
w.on('exit', (code) => console.log('exit', code));
w.postMessage('hello');
