// every message a worker posts before finishing is delivered before its 'exit' event
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  for (let i = 0; i < 2000; i++) parentPort.postMessage({ i, text: 'm' + i });
`, { eval: true });
const got = [];
w.on('message', (m) => got.push(m.i));
w.on('exit', (code) => {
  console.log('exit', code, 'messages', got.length, 'ordered', got.every((v, i) => v === i));
});
