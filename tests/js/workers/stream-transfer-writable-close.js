// main transfers a WritableStream to a worker; the worker's writes reach main's sink in order, and close() propagates
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const log = [];
  const ws = new WritableStream({
    start() { log.push('start'); },
    write(chunk) { log.push(['write', chunk]); },
    close() {
      log.push('close');
      for (const l of log) console.log(l);
      w.postMessage('report');
    },
    abort(r) { log.push(['abort', r]); },
  });
  const w = new Worker(__filename);
  w.postMessage(ws, [ws]);
  console.log('locked after transfer', ws.locked);
  w.on('message', (m) => console.log('worker:', m));
  w.on('exit', (c) => console.log('exit', c));
} else {
  const events = [];
  let done;
  parentPort.on('message', async (m) => {
    if (m === 'report') { await done; parentPort.postMessage(events); parentPort.close(); return; }
    done = use(m);
  });
  async function use(ws) {
    events.push('received WritableStream ' + (ws instanceof WritableStream) + ' locked ' + ws.locked);
    const writer = ws.getWriter();
    for (let i = 0; i < 5; i++) await writer.write({ n: i, sq: i * i });
    await writer.write('last');
    await writer.close();
    events.push('close() resolved');
    await writer.closed;
    events.push('closed resolved');
  }
}
