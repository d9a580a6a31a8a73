// an unref'd busy worker (while(true)) is stopped when the parent's event loop runs out of work; the parent exits 0
const { Worker } = require('worker_threads');

const w = new Worker(`
  require('worker_threads').parentPort.postMessage('spinning');
  while (true) {}
`, { eval: true });
// keep the parent alive (with an interval of its own) until the worker's message arrives
const keepAlive = setInterval(() => {}, 1000);
w.on('message', (m) => {
  console.log('message:', m);
  clearInterval(keepAlive);
});
w.unref();
process.on('exit', (code) => console.log('parent exit', code));
