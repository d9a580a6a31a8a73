// backpressure.js written Lodestar's way (AsyncIterableBridge): the worker drains the
// async generator as fast as it can and posts every item as a plain message; the main
// thread pushes each into an unbounded per-request queue (a linked list, as Lodestar's)
// and an AsyncIterable drains it (shift, or park on a pending promise). Nothing flows
// back, so while the consumer is slow (1 ms per item for its first 1 000 items) the
// worker runs ahead: the lead (produced - consumed) and the queue grow towards N, and so
// does the peak RSS.
//     node bench/workers/backpressure-lodestar.js [items=1000000]
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');

if (!isMainThread) {
  const produced = new Int32Array(workerData.sab);
  async function* items(n) {
    for (let i = 0; i < n; i++) {
      Atomics.store(produced, 0, i + 1);
      yield { i, payload: 'x' };
    }
  }
  parentPort.on('message', async function onMessage(msg) {
    if (msg === 'done') return parentPort.off('message', onMessage); // then the worker exits
    for await (const item of items(workerData.n)) parentPort.postMessage({ type: 'next', item });
    parentPort.postMessage({ type: 'done' });
  });
} else {
  const { consumeWatchingLead, peakRssKb, report } = require('./common.js');
  const N = Number(process.argv[2]) || 1_000_000;
  const SLOW = 1000;
  const sab = new SharedArrayBuffer(4);
  const produced = new Int32Array(sab);
  const worker = new Worker(__filename, { workerData: { sab, n: N } });

  // The caller's side of the bridge: an unbounded queue and one parked reader.
  let head = null, tail = null, length = 0, maxQueue = 0, wake = null;
  worker.on('message', (msg) => {
    const node = { msg, next: null };
    if (tail) tail.next = node; else head = node;
    tail = node;
    if (++length > maxQueue) maxQueue = length;
    if (wake) { const w = wake; wake = null; w(); }
  });
  const iterable = {
    [Symbol.asyncIterator]() {
      return {
        async next() {
          while (!head) await new Promise((resolve) => { wake = resolve; });
          const { msg } = head;
          head = head.next;
          if (!head) tail = null;
          length--;
          return msg.type === 'done' ? { done: true, value: undefined } : { done: false, value: msg.item };
        },
      };
    },
  };

  (async () => {
    worker.postMessage('start');
    const result = await consumeWatchingLead(iterable, produced, N, SLOW);
    report('backpressure-lodestar', { ...result, max_queue: maxQueue, ...peakRssKb() });
    worker.postMessage('done');
  })();
}
