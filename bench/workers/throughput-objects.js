// Items per second across the thread boundary for N small objects ({ i, payload: 'x' })
// with a consumer that reads as fast as it can, two ways (two result rows):
//   objects-stream       an async generator in the worker, ReadableStream.from(), the
//                        stream transferred to the main thread, read with for await;
//   objects-postMessage  the worker posts each object as its own message.
// Timed on the main thread from the request to the last item (worker start-up excluded).
//     node bench/workers/throughput-objects.js [items=1000000]
const { Worker, isMainThread, parentPort } = require('node:worker_threads');

if (!isMainThread) {
  async function* items(n) {
    for (let i = 0; i < n; i++) yield { i, payload: 'x' };
  }
  // Also what keeps a Node worker alive while its transferred stream is read.
  parentPort.on('message', function onMessage({ mode, n }) {
    if (mode === 'stream') {
      const stream = ReadableStream.from(items(n));
      parentPort.postMessage({ stream }, [stream]);
    } else if (mode === 'messages') {
      for (let i = 0; i < n; i++) parentPort.postMessage({ i, payload: 'x' });
    } else {
      parentPort.off('message', onMessage); // done: let the worker exit
    }
  });
  parentPort.postMessage('ready');
} else {
  const { peakRssKb, report } = require('./common.js');
  const N = Number(process.argv[2]) || 1_000_000;
  const worker = new Worker(__filename);
  const nextMessage = () => new Promise((resolve) => worker.once('message', resolve));

  async function viaStream() {
    const t0 = performance.now();
    worker.postMessage({ mode: 'stream', n: N });
    const { stream } = await nextMessage();
    let count = 0, sum = 0;
    for await (const item of stream) { count++; sum += item.i; }
    return { count, sum, ms: performance.now() - t0 };
  }

  function viaMessages() {
    return new Promise((resolve) => {
      const t0 = performance.now();
      let count = 0, sum = 0;
      worker.on('message', function onItem(item) {
        count++;
        sum += item.i;
        if (count === N) {
          worker.off('message', onItem);
          resolve({ count, sum, ms: performance.now() - t0 });
        }
      });
      worker.postMessage({ mode: 'messages', n: N });
    });
  }

  (async () => {
    await nextMessage(); // 'ready'
    for (const [row, run] of [['objects-stream', viaStream], ['objects-postMessage', viaMessages]]) {
      const { count, sum, ms } = await run();
      const ok = count === N && sum === (N * (N - 1)) / 2 ? 1 : 0;
      report(row, { items: count, ok, ms, items_per_s: Math.round(count / (ms / 1000)) });
    }
    report('objects-process', peakRssKb());
    worker.postMessage({ mode: 'exit' });
  })();
}
