// a worker transfers ReadableStream.from(asyncGenerator) to main; main's for await gets every item in order, then the stream is closed
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.once('message', async ({ label, rs }) => {
    console.log(label, 'is ReadableStream', rs instanceof ReadableStream, 'locked', rs.locked);
    const items = [];
    for await (const x of rs) items.push(x);
    console.log('items', items.length);
    for (const x of items) console.log(x);
    console.log('locked after loop', rs.locked);
    const reader = rs.getReader();
    console.log('read after end', await reader.read());
    console.log('closed resolves', await reader.closed);
    w.postMessage('done');
  });
  w.on('exit', (c) => console.log('exit', c));
} else {
  async function* gen() {
    for (let i = 0; i < 6; i++) {
      if (i === 3) await new Promise((r) => setTimeout(r, 2));
      yield { i, s: 'x'.repeat(i), when: i < 3 ? 'before timer' : 'after timer' };
    }
  }
  const rs = ReadableStream.from(gen());
  parentPort.postMessage({ label: 'generator stream', rs }, [rs]);
  parentPort.once('message', () => parentPort.close());
}
