// terminate() ends a worker whose only pending work is a long timer, long before the timer fires
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  setTimeout(() => parentPort.postMessage('timer fired'), 60000);
  parentPort.postMessage('timer set');
`, { eval: true });
w.on('message', (m) => {
  console.log(m);
  w.terminate().then((code) => console.log('terminated', code));
});
w.on('exit', (code) => console.log('exit', code));
