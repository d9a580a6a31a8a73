// process.exit() in the parent ends the program even while a worker is busy in while(true)
const { Worker } = require('worker_threads');

const w = new Worker(`
  require('worker_threads').parentPort.postMessage('busy');
  while (true) {}
`, { eval: true });
w.on('message', (m) => {
  console.log('worker is', m);
  process.on('exit', (code) => console.log('parent exit', code));
  process.exit(0);
});
