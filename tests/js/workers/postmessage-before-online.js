// messages posted to a worker right after construction (before it runs) are queued and all delivered in order
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  // busy start-up work before listening
  let x = 0;
  for (let i = 0; i < 1e6; i++) x += i;
  const got = [];
  parentPort.on('message', (m) => {
    got.push(m);
    if (m === 'last') { parentPort.postMessage(got); parentPort.close(); }
  });
`, { eval: true });
for (const m of ['a', 'b', 'c', 'last']) w.postMessage(m);
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
