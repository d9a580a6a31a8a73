// breaking out of for await over a transferred ReadableStream cancels it: the worker's async generator finally block runs
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', async (m) => {
    if (m instanceof ReadableStream) {
      const got = [];
      for await (const x of m) {
        got.push(x);
        if (got.length === 3) break;
      }
      console.log('main got', got, 'locked after break', m.locked);
    } else {
      console.log('worker says', m);
      if (m.startsWith('finally')) w.postMessage('finish');
    }
  });
  w.on('exit', (c) => console.log('exit', c));
} else {
  let produced = 0;
  async function* gen() {
    try {
      for (let i = 0; i < 100; i++) { produced++; yield i; }
    } finally {
      parentPort.postMessage(`finally ran`);
    }
  }
  const rs = ReadableStream.from(gen());
  parentPort.postMessage(rs, [rs]);
  parentPort.on('message', (m) => { if (m === 'finish') parentPort.close(); });
}
