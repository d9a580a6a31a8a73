// process.on('uncaughtException') inside a worker handles the error: no 'error' event, the worker keeps going, exit code 0
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('uncaughtException', (e) => parentPort.postMessage('handled ' + e.message));
  process.on('unhandledRejection', (r) => parentPort.postMessage('rejection ' + r));
  setTimeout(() => { throw new Error('boom'); }, 1);
  setTimeout(() => Promise.reject('nope'), 10);
  setTimeout(() => parentPort.postMessage('still alive'), 30);
`, { eval: true });
const log = [];
w.on('message', (m) => log.push(m));
w.on('error', (e) => log.push('error event ' + e.message));
w.on('exit', (code) => {
  log.push('exit ' + code);
  console.log(log);
});
