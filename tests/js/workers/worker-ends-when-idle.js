// a worker with no listeners and no pending timers exits by itself (code 0) after its timers and promise jobs run
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const log = [];
  Promise.resolve().then(() => log.push('microtask'));
  setTimeout(() => log.push('timeout'), 10);
  setImmediate(() => log.push('immediate'));
  process.nextTick(() => log.push('nextTick'));
  log.push('sync');
  process.on('exit', () => parentPort.postMessage(log));
`, { eval: true });
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
