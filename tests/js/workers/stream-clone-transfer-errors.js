// structuredClone/postMessage of streams: a transferred stream locks the original; locked or already transferred streams throw DataCloneError
const { MessageChannel } = require('worker_threads');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, '->', e.name, e instanceof DOMException, e.code, JSON.stringify(e.message));
  }
}
const keepAlive = setInterval(() => {}, 1000); // transferred-stream ports do not keep Node's event loop alive
(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue('two'); c.enqueue({ three: 3 }); c.close(); } });
  const clone = structuredClone(rs, { transfer: [rs] });
  console.log('clone is ReadableStream', clone instanceof ReadableStream, 'same', clone === rs);
  console.log('original locked', rs.locked, 'clone locked', clone.locked);
  attempt('getReader on original', () => rs.getReader());
  const out = [];
  for await (const x of clone) out.push(x);
  console.log('clone items', out);

  const inObj = new ReadableStream({ start(c) { c.enqueue('in object'); c.close(); } });
  const msg = structuredClone({ a: [inObj], b: inObj }, { transfer: [inObj] });
  console.log('same stream twice in message', msg.a[0] === msg.b, msg.b instanceof ReadableStream);
  console.log('read', await msg.b.getReader().read());

  const locked = new ReadableStream();
  locked.getReader();
  attempt('locked readable', () => structuredClone(locked, { transfer: [locked] }));
  const lw = new WritableStream();
  lw.getWriter();
  attempt('locked writable', () => structuredClone(lw, { transfer: [lw] }));
  const lt = new TransformStream();
  lt.readable.getReader();
  attempt('transform with locked readable', () => structuredClone(lt, { transfer: [lt] }));
  const lt2 = new TransformStream();
  lt2.writable.getWriter();
  attempt('transform with locked writable', () => structuredClone(lt2, { transfer: [lt2] }));
  const again = new ReadableStream({ start(c) { c.close(); } });
  structuredClone(again, { transfer: [again] });
  attempt('transfer an already transferred stream', () => structuredClone(again, { transfer: [again] }));

  const { port1, port2 } = new MessageChannel();
  const pl = new ReadableStream();
  pl.getReader();
  attempt('port.postMessage locked', () => port1.postMessage(pl, [pl]));
  port1.close();
  clearInterval(keepAlive);
})();
