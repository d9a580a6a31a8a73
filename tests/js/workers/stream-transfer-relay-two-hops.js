// a ReadableStream made in worker A is transferred to main and on to worker B (two hops); B reads every chunk in order; A's source is closed, never cancelled
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const a = new Worker(__filename, { workerData: 'A' });
  const b = new Worker(__filename, { workerData: 'B' });
  a.once('message', (rs) => {
    console.log('main got a stream from A, forwarding to B');
    b.postMessage(rs, [rs]);
    console.log('locked after forwarding', rs.locked);
  });
  b.once('message', (result) => {
    console.log('B read:', result.join(','));
    a.postMessage('report');
    a.once('message', (log) => {
      console.log('A source log:', log.join(', '));
      a.postMessage('finish');
      b.postMessage('finish');
    });
  });
  let exits = 0;
  for (const w of [a, b]) w.on('exit', (c) => { if (++exits === 2) console.log('both exited', c); });
} else if (workerData === 'A') {
  const log = [];
  let i = 0;
  const rs = new ReadableStream({
    pull(c) {
      if (i === 8) { log.push('close'); c.close(); return; }
      c.enqueue(`A${i++}`);
    },
    cancel() { log.push('cancel'); },
  });
  parentPort.postMessage(rs, [rs]);
  parentPort.on('message', (m) => {
    if (m === 'report') parentPort.postMessage(log);
    else parentPort.close();
  });
} else {
  parentPort.once('message', async (rs) => {
    const out = [];
    for await (const x of rs) out.push(x);
    parentPort.postMessage(out);
    parentPort.once('message', () => parentPort.close());
  });
}
