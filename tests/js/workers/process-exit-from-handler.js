// a worker that calls process.exit() from a message handler: messages it posted earlier still arrive before 'exit'
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (n) => {
    for (let i = 0; i < n; i++) parentPort.postMessage(i);
    process.exit(11);
  });
`, { eval: true });
let count = 0;
let last;
w.on('message', (m) => { count++; last = m; });
w.on('exit', (code) => console.log('received', count, 'last', last, 'exit', code));
w.postMessage(500);
