// a chunk that cannot be cloned (a function) errors a transferred stream on both sides with a DataCloneError, for a ReadableStream and a WritableStream; the other side gets that DataCloneError itself, DOMException being serializable (WebIDL; Node 24 agrees, Node 20 substitutes "Internal transferred ReadableStream error")
const { Worker, isMainThread, parentPort } = require('worker_threads');
const show = (e) => `${e && e.name} ${e instanceof DOMException} ${e && e.code} ${JSON.stringify(e && e.message)}`;
if (isMainThread) {
  const w = new Worker(__filename);
  const sinkLog = [];
  const ws = new WritableStream({
    write(c) { sinkLog.push(`write ${c}`); },
    close() { sinkLog.push('close'); },
    abort(r) {
      sinkLog.push(`abort ${show(r)}`);
      console.log('main sink:', sinkLog);
      w.postMessage('report');
    },
  });
  w.on('message', async (m) => {
    if (m instanceof ReadableStream) {
      const got = [];
      try {
        for await (const x of m) got.push(x);
        console.log('ended without error', got);
      } catch (e) {
        console.log('main reader got', got);
        console.log('main reader caught', show(e));
      }
      w.postMessage(ws, [ws]);
    } else {
      console.log('worker:', m);
      w.postMessage('finish');
    }
  });
  w.on('exit', (c) => console.log('exit', c));
} else {
  const events = [];
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('ok 1');
      c.enqueue({ ok: 2 });
      c.enqueue({ bad: function notCloneable() {} });
      c.enqueue('never');
    },
    cancel(reason) { events.push(`source cancel: ${show(reason)}`); },
  });
  parentPort.postMessage(rs, [rs]);
  parentPort.on('message', async (m) => {
    if (m === 'report') return parentPort.postMessage(events);
    if (m === 'finish') return parentPort.close();
    const writer = m.getWriter();
    await writer.write('fine');
    await writer.write(() => 1).catch((e) => events.push(`write rejects ${show(e)}`));
    await writer.closed.catch((e) => events.push(`closed rejects ${show(e)}`));
  });
}
