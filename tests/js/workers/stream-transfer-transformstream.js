// a worker transfers a TransformStream to main: main writes into ts.writable and reads ts.readable; the transform runs in the worker
const { Worker, isMainThread, parentPort, threadId } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', async (ts) => {
    console.log('TransformStream', ts instanceof TransformStream, ts.readable instanceof ReadableStream, ts.writable instanceof WritableStream);
    const writer = ts.writable.getWriter();
    const words = ['alpha', 'beta', 'gamma', 'delta'];
    const writing = (async () => {
      for (const wd of words) await writer.write(wd);
      await writer.close();
      return 'writer closed';
    })();
    const out = [];
    for await (const c of ts.readable) out.push(c);
    console.log(await writing);
    console.log(out);
    w.postMessage('finish');
  });
  w.on('exit', (c) => console.log('exit', c));
} else {
  const ts = new TransformStream({
    transform(chunk, controller) { controller.enqueue(`${chunk.toUpperCase()}@worker${threadId}`); },
    flush(controller) { controller.enqueue('flushed'); },
  });
  parentPort.postMessage(ts, [ts]);
  parentPort.once('message', () => parentPort.close());
}
