// parentPort.close() inside a worker ends it when nothing else is pending; messages posted before close arrive; 'close' fires in the worker
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('close', () => process.exitCode = 0);
  parentPort.on('message', (m) => {
    parentPort.postMessage('reply to ' + m);
    parentPort.close();
    parentPort.postMessage('posted after close');
  });
`, { eval: true });
const log = [];
w.on('message', (m) => log.push(m));
w.on('exit', (code) => {
  log.push('exit ' + code);
  console.log(log);
});
w.postMessage('one');
w.postMessage('two');
