// same-thread stream transfer: a byte stream arrives as a default stream (no BYOB), a transferred stream can be teed, a failed postMessage leaves it unlocked, a transferred writable has high-water mark 1
const { MessageChannel } = require('worker_threads');
const keepAlive = setInterval(() => {}, 1000); // transferred-stream ports do not keep Node's event loop alive
(async () => {
  const { port1 } = new MessageChannel();
  const rs = new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } });
  try {
    port1.postMessage({ rs, f() {} }, [rs]);
  } catch (e) {
    console.log('postMessage ->', e.name, e.message);
  }
  console.log('locked after failed post', rs.locked, 'read', await rs.getReader().read());
  port1.close();

  const bytes = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.enqueue(new Uint8Array([4])); c.close(); },
  });
  const clone = structuredClone(bytes, { transfer: [bytes] });
  try {
    clone.getReader({ mode: 'byob' });
    console.log('byob reader ok');
  } catch (e) {
    console.log('byob reader ->', e.name, e.code);
  }
  const chunks = [];
  for await (const c of clone) chunks.push(`${c.constructor.name}[${c}]`);
  console.log('byte chunks', chunks.join(' '));

  const src = new ReadableStream({ start(c) { for (const x of ['p', 'q', 'r']) c.enqueue(x); c.close(); } });
  const [t1, t2] = structuredClone(src, { transfer: [src] }).tee();
  const [a, b] = await Promise.all([t1, t2].map(async (t) => { const o = []; for await (const x of t) o.push(x); return o.join(''); }));
  console.log('tee branches', a, b);

  const sinkGot = [];
  let sinkClosed;
  const closedP = new Promise((r) => { sinkClosed = r; });
  const ws = new WritableStream({ write(c) { sinkGot.push(c); }, close() { sinkClosed(); } }, { highWaterMark: 5 });
  const writer = structuredClone(ws, { transfer: [ws] }).getWriter();
  console.log('desiredSize initially', writer.desiredSize);
  const p = writer.write('a');
  console.log('desiredSize after write()', writer.desiredSize);
  await p;
  console.log('desiredSize after write settles', writer.desiredSize);
  writer.write('b');
  writer.write('c');
  console.log('desiredSize with two more queued', writer.desiredSize);
  await writer.close();
  await closedP;
  console.log('sink got', sinkGot.join(','), 'and closed');
  clearInterval(keepAlive);
})();
