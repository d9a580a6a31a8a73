// 'online' fires once when the worker starts running; the worker (waiting for a go-ahead sent on 'online') then replies, then exits
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (m) => parentPort.postMessage('hello after ' + m));
`, { eval: true });
const log = [];
w.on('online', () => {
  log.push('online');
  w.postMessage('go');
});
w.on('message', (m) => log.push('message ' + m));
w.on('exit', (code) => {
  log.push('exit ' + code);
  console.log(log);
});
