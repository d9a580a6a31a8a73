// markAsUntransferable: a marked ArrayBuffer in a transfer list is copied, not detached, by postMessage and structuredClone; other entries still move
const { Worker, isMainThread, parentPort, markAsUntransferable, MessageChannel } = require('worker_threads');
if (isMainThread) {
  const marked = new Uint8Array([1, 2, 3, 4]).buffer;
  markAsUntransferable(marked);
  const plain = new Uint8Array([9, 9]).buffer;
  const w = new Worker(__filename);
  w.postMessage({ marked, plain }, [marked, plain]);
  console.log('after postMessage: marked', marked.byteLength, 'plain', plain.byteLength);
  new Uint8Array(marked)[0] = 100; // the worker got a copy: this change is not seen there
  const c = structuredClone({ marked }, { transfer: [marked] });
  console.log('after structuredClone: marked', marked.byteLength, 'clone', Array.from(new Uint8Array(c.marked)), 'distinct', c.marked !== marked);
  // a typed array over a marked buffer
  const view = new Uint16Array(marked, 2, 1);
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(view, [view.buffer]);
  console.log('view after port transfer', view.length, view.buffer.byteLength);
  port2.once('message', (v) => {
    console.log('port received', v.constructor.name, v.length, v.byteOffset, v.buffer.byteLength);
    port2.close();
    w.postMessage('report');
  });
  // values that are not objects are ignored
  markAsUntransferable(5);
  markAsUntransferable('str');
  markAsUntransferable(undefined);
  w.on('message', (m) => console.log('worker:', m));
  w.on('exit', (code) => console.log('exit', code));
} else {
  let first;
  parentPort.on('message', (m) => {
    if (m === 'report') {
      parentPort.postMessage(`marked copy ${Array.from(new Uint8Array(first.marked))}, plain ${Array.from(new Uint8Array(first.plain))}`);
      parentPort.close();
    } else {
      first = m;
    }
  });
}
