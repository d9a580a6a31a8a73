// streams passed in workerData with transferList: the worker reads main's ReadableStream and writes main's WritableStream (an uppercase echo)
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const input = ReadableStream.from(['hello', 'from', 'the', 'main', 'thread']);
  const output = [];
  const sink = new WritableStream({
    write(c) { output.push(c); },
    close() {
      console.log('echoed:', output.join(' '));
      w.postMessage('finish');
    },
  });
  const w = new Worker(__filename, { workerData: { input, sink, note: 'both' }, transferList: [input, sink] });
  console.log('locked after Worker()', input.locked, sink.locked);
  w.on('exit', (c) => console.log('exit', c));
} else {
  parentPort.once('message', () => parentPort.close());
  const { input, sink, note } = workerData;
  input.pipeThrough(new TransformStream({ transform(c, ctl) { ctl.enqueue(c.toUpperCase()); } }))
    .pipeTo(sink)
    .then(() => { if (note !== 'both') throw new Error('bad workerData'); });
}
