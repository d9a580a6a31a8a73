// twelve ReadableStreams transferred in one message from a worker are read concurrently with Promise.all; each keeps its own order
const { Worker, isMainThread, parentPort } = require('worker_threads');
const N = 12;
if (isMainThread) {
  const w = new Worker(__filename);
  w.once('message', async (streams) => {
    console.log('streams received', streams.length, streams.every((s) => s instanceof ReadableStream));
    const results = await Promise.all(streams.map(async (rs) => {
      const items = [];
      for await (const x of rs) items.push(x);
      return items;
    }));
    results.forEach((items, k) => console.log(`stream ${k}:`, items.join(' ')));
    w.postMessage('finish');
  });
  w.on('exit', (c) => console.log('exit', c));
} else {
  const streams = [];
  for (let k = 0; k < N; k++) {
    streams.push(ReadableStream.from((async function* () {
      for (let i = 0; i < k + 3; i++) {
        if (i % 3 === k % 3) await new Promise((r) => setImmediate(r));
        yield `${k}.${i}`;
      }
    })()));
  }
  parentPort.postMessage(streams, streams);
  parentPort.once('message', () => parentPort.close());
}
