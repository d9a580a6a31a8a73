// 20 ReadableStreams sent from main one per message over a MessageChannel port, between plain messages; the worker reads them all concurrently, each in order
const { Worker, isMainThread, parentPort, MessageChannel } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(__filename);
  w.postMessage(port2, [port2]);
  for (let k = 0; k < 20; k++) {
    port1.postMessage(`plain ${k}`);
    let i = 0;
    const rs = new ReadableStream({
      pull(c) {
        if (i === k % 5 + 1) return c.close();
        c.enqueue(k * 100 + i++);
      },
    });
    port1.postMessage({ k, rs }, k % 2 ? [rs] : { transfer: [rs] }); // both transfer-list forms
  }
  port1.postMessage('end');
  w.on('message', ({ plain, streams }) => {
    console.log('plain messages in order:', plain.join(','));
    for (const [k, items] of streams) console.log(`stream ${k}:`, items.join(' '));
    port1.close();
  });
  w.on('exit', (c) => console.log('exit', c));
} else {
  parentPort.once('message', (port) => {
    const plain = [];
    const reads = [];
    port.on('message', async (m) => {
      if (typeof m === 'string' && m.startsWith('plain')) { plain.push(Number(m.slice(6))); return; }
      if (m === 'end') {
        const streams = await Promise.all(reads);
        parentPort.postMessage({ plain, streams });
        port.close();
        return;
      }
      reads.push((async () => {
        const items = [];
        for await (const x of m.rs) items.push(x);
        return [m.k, items];
      })());
    });
  });
}
