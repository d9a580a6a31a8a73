// main pipes a ReadableStream from worker A into a WritableStream from worker B (both transferred); B's sink gets every chunk in order, then close
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const a = new Worker(__filename, { workerData: 'A' });
  const b = new Worker(__filename, { workerData: 'B' });
  const got = {};
  const both = () => {
    if (!got.A || !got.B) return;
    got.A.pipeTo(got.B).then(() => console.log('pipeTo resolved'));
  };
  a.once('message', (rs) => { got.A = rs; both(); });
  b.on('message', (m) => {
    if (m instanceof WritableStream) { got.B = m; both(); return; }
    console.log('B sink:', m.join(' '));
    a.postMessage('finish');
    b.postMessage('finish');
  });
  let exits = 0;
  for (const w of [a, b]) w.on('exit', (c) => { if (++exits === 2) console.log('both exited', c); });
} else if (workerData === 'A') {
  parentPort.once('message', () => parentPort.close());
  async function* numbers() {
    for (let i = 1; i <= 12; i++) {
      if (i % 4 === 0) await new Promise((r) => setTimeout(r, 1));
      yield i * i;
    }
  }
  const rs = ReadableStream.from(numbers());
  parentPort.postMessage(rs, [rs]);
} else {
  parentPort.once('message', () => parentPort.close());
  const log = [];
  const ws = new WritableStream({
    write(c) { log.push(String(c)); },
    close() { log.push('<close>'); parentPort.postMessage(log); },
  });
  parentPort.postMessage(ws, [ws]);
}
