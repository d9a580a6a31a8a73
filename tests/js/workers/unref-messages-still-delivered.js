// an unref'd worker still delivers its messages while the parent is alive for other reasons
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  for (let i = 0; i < 3; i++) parentPort.postMessage(i);
`, { eval: true });
w.unref();
const got = [];
w.on('message', (m) => got.push(m));
w.on('exit', (code) => got.push('exit ' + code));
const poll = setInterval(() => {
  if (got.includes('exit 0')) {
    clearInterval(poll);
    console.log(got);
  }
}, 5);
