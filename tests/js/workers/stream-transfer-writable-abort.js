// a worker aborts a transferred WritableStream: main's sink abort() receives the (cloned) reason after the earlier writes
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const log = [];
  const ws = new WritableStream({
    write(chunk) { log.push('write ' + chunk); },
    close() { log.push('close'); },
    abort(r) {
      log.push('abort');
      for (const l of log) console.log(l);
      console.log('reason', r instanceof Error, r.name, r.message);
      w.postMessage('report');
    },
  });
  const w = new Worker(__filename);
  w.postMessage({ label: 'sink', ws }, [ws]);
  w.on('message', (m) => console.log('worker:', m));
  w.on('exit', (c) => console.log('exit', c));
} else {
  const events = [];
  let done;
  parentPort.on('message', async (m) => {
    if (m === 'report') { await done; parentPort.postMessage(events); parentPort.close(); return; }
    done = use(m);
  });
  async function use({ label, ws }) {
    events.push('label ' + label);
    const writer = ws.getWriter();
    await writer.write('one');
    await writer.write('two');
    await writer.abort(new TypeError('stop writing'));
    events.push('abort() resolved');
    await writer.closed.catch((e) => events.push('closed rejects ' + e.name + ': ' + e.message));
    await writer.write('three').catch((e) => events.push('write after abort rejects ' + e.name + ': ' + e.message));
  }
}
