// main transfers a TransformStream (whose transform runs on main) to a worker; the worker pipes its own stream through it and collects the output
const { Worker, isMainThread, parentPort, threadId } = require('worker_threads');
if (isMainThread) {
  const seen = [];
  const ts = new TransformStream({
    transform(chunk, controller) {
      seen.push(chunk);
      controller.enqueue(chunk * 10);
      if (chunk % 2 === 0) controller.enqueue(`even ${chunk} on thread ${threadId}`);
    },
    flush(controller) { controller.enqueue('flush on main'); },
  });
  const w = new Worker(__filename);
  w.postMessage(ts, [ts]);
  console.log('locked after transfer', ts.readable.locked, ts.writable.locked);
  w.on('message', (out) => {
    console.log('transform saw', seen.join(','));
    console.log('worker collected:');
    for (const x of out) console.log(' ', x);
    w.postMessage('finish');
  });
  w.on('exit', (c) => console.log('exit', c));
} else {
  parentPort.on('message', async (ts) => {
    if (ts === 'finish') return parentPort.close();
    const source = ReadableStream.from([1, 2, 3, 4, 5]);
    const out = [];
    for await (const x of source.pipeThrough(ts)) out.push(x);
    parentPort.postMessage(out);
  });
}
