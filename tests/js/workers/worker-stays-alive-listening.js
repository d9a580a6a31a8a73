// a worker with a parentPort 'message' listener stays alive between messages, across parent timers, until told to stop
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  let total = 0;
  parentPort.on('message', (m) => {
    if (m === 'stop') { parentPort.postMessage('total ' + total); process.exit(0); }
    total += m;
  });
`, { eval: true });
let sent = 0;
const timer = setInterval(() => {
  sent++;
  w.postMessage(sent);
  if (sent === 5) {
    clearInterval(timer);
    setTimeout(() => w.postMessage('stop'), 20);
  }
}, 5);
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
