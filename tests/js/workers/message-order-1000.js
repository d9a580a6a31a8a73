// 1000 messages each way between the main thread and a worker arrive in the order they were sent
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename);
  const got = [];
  w.on('message', (m) => {
    if (m && m.summary) {
      console.log('worker received', m.summary.count, 'in order:', m.summary.inOrder);
      return;
    }
    got.push(m);
  });
  for (let i = 0; i < 1000; i++) w.postMessage(i);
  w.postMessage('end');
  w.on('exit', (code) => {
    console.log('main received', got.length);
    console.log('in order:', got.every((v, i) => v === i));
    console.log('first/last:', got[0], got[got.length - 1]);
    console.log('exit', code);
  });
} else {
  for (let i = 0; i < 1000; i++) parentPort.postMessage(i);
  const seen = [];
  parentPort.on('message', (m) => {
    if (m === 'end') {
      parentPort.postMessage({ summary: { count: seen.length, inOrder: seen.every((v, i) => v === i) } });
      parentPort.close();
      return;
    }
    seen.push(m);
  });
}
