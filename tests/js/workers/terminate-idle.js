// terminate() ends a worker that is idle waiting for messages on parentPort (exit code 1)
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => parentPort.postMessage('echo ' + m));
  parentPort.postMessage('listening');
`, { eval: true });
w.on('exit', (code) => console.log('exit event', code));
w.once('message', (m) => {
  console.log(m);
  w.terminate().then((code) => console.log('terminate resolved', code));
});
