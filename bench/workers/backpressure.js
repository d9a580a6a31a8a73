// A worker yields N small objects ({ i, payload: 'x' }) from an async generator through a
// transferred ReadableStream (credit flow control: the worker's side posts one chunk per
// "pull"). The consumer takes 1 ms per item (a 1 ms timer) for its first 1 000 items,
// then reads as fast as it can. The producer publishes how many items it has produced in
// a SharedArrayBuffer, so the consumer sees the lead (produced - consumed) at every read.
// With credits the lead stays at about highWaterMark + 1 = 2 however slow the reader is.
//     node bench/workers/backpressure.js [items=1000000]
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');

if (!isMainThread) {
  const produced = new Int32Array(workerData.sab);
  async function* items(n) {
    for (let i = 0; i < n; i++) {
      Atomics.store(produced, 0, i + 1);
      yield { i, payload: 'x' };
    }
  }
  const stream = ReadableStream.from(items(workerData.n));
  parentPort.postMessage({ stream }, [stream]);
  // Node does not keep a worker alive for an open transferred stream: this listener does,
  // until the main thread says it is done.
  parentPort.on('message', function onMessage() { parentPort.off('message', onMessage); });
} else {
  const { consumeWatchingLead, peakRssKb, report } = require('./common.js');
  const N = Number(process.argv[2]) || 1_000_000;
  const SLOW = 1000;
  const sab = new SharedArrayBuffer(4);
  const produced = new Int32Array(sab);
  const worker = new Worker(__filename, { workerData: { sab, n: N } });
  worker.once('message', async ({ stream }) => {
    const result = await consumeWatchingLead(stream, produced, N, SLOW);
    report('backpressure', { ...result, ...peakRssKb() });
    worker.postMessage('done');
  });
}
