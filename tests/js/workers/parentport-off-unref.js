// removing the last 'message' listener from parentPort lets the worker exit; adding one keeps it alive
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  let n = 0;
  function onMessage(m) {
    n++;
    parentPort.postMessage({ n, m });
    if (m === 'last') parentPort.off('message', onMessage);
  }
  parentPort.on('message', onMessage);
`, { eval: true });
const log = [];
w.on('message', (m) => log.push(m));
w.on('exit', (code) => {
  console.log(log);
  console.log('exit', code);
});
w.postMessage('a');
w.postMessage('b');
w.postMessage('last');
