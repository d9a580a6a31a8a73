// N 64 KiB chunks from a worker to the main thread, three ways (three result rows):
//   buffers-transfer  postMessage(buf, [buf]) per ArrayBuffer: moved, not copied;
//   buffers-clone     postMessage(buf) per ArrayBuffer: structured-cloned (copied);
//   buffers-stream    a transferred ReadableStream of Uint8Arrays. The cross-realm
//                     transform structured-clones each chunk (it cannot transfer it), so
//                     this is a copy per chunk plus the stream's credit round trips.
// Every chunk is a fresh buffer whose first byte is its index (checked on arrival).
// Timed on the main thread from the request to the last chunk (worker start-up excluded).
//     node bench/workers/throughput-buffers.js [chunks=10000]
const { Worker, isMainThread, parentPort } = require('node:worker_threads');
const SIZE = 64 * 1024;

if (!isMainThread) {
  function chunk(i) {
    const bytes = new Uint8Array(SIZE);
    bytes[0] = i & 255;
    bytes[SIZE - 1] = 1;
    return bytes;
  }
  async function* chunks(n) {
    for (let i = 0; i < n; i++) yield chunk(i);
  }
  parentPort.on('message', function onMessage({ mode, n }) { // keeps the Node worker alive
    if (mode === 'stream') {
      const stream = ReadableStream.from(chunks(n));
      parentPort.postMessage({ stream }, [stream]);
    } else if (mode === 'transfer' || mode === 'clone') {
      for (let i = 0; i < n; i++) {
        const buf = chunk(i).buffer;
        parentPort.postMessage(buf, mode === 'transfer' ? [buf] : []);
      }
    } else {
      parentPort.off('message', onMessage);
    }
  });
  parentPort.postMessage('ready');
} else {
  const { peakRssKb, report } = require('./common.js');
  const N = Number(process.argv[2]) || 10_000;
  const worker = new Worker(__filename);
  const nextMessage = () => new Promise((resolve) => worker.once('message', resolve));
  const check = (bytes, i) => bytes.length === SIZE && bytes[0] === (i & 255) && bytes[SIZE - 1] === 1;

  function viaMessages(mode) {
    return new Promise((resolve) => {
      const t0 = performance.now();
      let count = 0, bad = 0;
      worker.on('message', function onChunk(buf) {
        if (!check(new Uint8Array(buf), count)) bad++;
        if (++count === N) {
          worker.off('message', onChunk);
          resolve({ count, bad, ms: performance.now() - t0 });
        }
      });
      worker.postMessage({ mode, n: N });
    });
  }

  async function viaStream() {
    const t0 = performance.now();
    worker.postMessage({ mode: 'stream', n: N });
    const { stream } = await nextMessage();
    let count = 0, bad = 0;
    for await (const bytes of stream) {
      if (!check(bytes, count)) bad++;
      count++;
    }
    return { count, bad, ms: performance.now() - t0 };
  }

  (async () => {
    await nextMessage(); // 'ready'
    const runs = [
      ['buffers-transfer', () => viaMessages('transfer')],
      ['buffers-clone', () => viaMessages('clone')],
      ['buffers-stream', viaStream],
    ];
    for (const [row, run] of runs) {
      const { count, bad, ms } = await run();
      report(row, {
        items: count, ok: count === N && bad === 0 ? 1 : 0, ms,
        mb_per_s: (count * SIZE) / 1048576 / (ms / 1000), items_per_s: Math.round(count / (ms / 1000)),
      });
    }
    report('buffers-process', peakRssKb());
    worker.postMessage({ mode: 'exit' });
  })();
}
