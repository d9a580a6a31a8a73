// an unref'd worker that waits for messages forever does not keep the parent alive: the parent exits normally with code 0
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => parentPort.postMessage('echo ' + m));
  parentPort.postMessage('ready');
`, { eval: true });
let exitEvent = false;
w.on('exit', () => { exitEvent = true; });
w.once('message', (m) => {
  console.log('got', m);
  w.unref();
  console.log('unref called');
});
process.on('exit', (code) => console.log('parent exiting with', code, 'worker exit event seen:', exitEvent));
