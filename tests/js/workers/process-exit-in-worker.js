// process.exit(3) in a worker ends only that worker (exit 3, code after it never runs); the parent keeps running
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('exit', (code) => parentPort.postMessage('worker exit handler ' + code));
  parentPort.postMessage('before exit');
  try {
    process.exit(3);
  } finally {
    parentPort.postMessage('finally ran');
  }
  parentPort.postMessage('after exit');
`, { eval: true });
const log = [];
w.on('message', (m) => log.push(m));
w.on('error', (e) => log.push('error ' + e.message));
w.on('exit', (code) => {
  log.push('exit ' + code);
  console.log(log);
  setTimeout(() => console.log('parent still running, exitCode', process.exitCode), 10);
});
