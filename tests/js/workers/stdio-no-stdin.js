// Without stdin: true a worker's process.stdin ends at once (it never reads the process's
// stdin), and worker.stdin is null.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  let n = 0;
  process.stdin.on('data', () => n++);
  process.stdin.on('end', () => parentPort.postMessage('stdin ended after ' + n + ' chunks'));
`, { eval: true });
console.log('worker.stdin:', w.stdin);
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
