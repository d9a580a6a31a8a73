// transferring an ArrayBuffer through a same-thread MessageChannel detaches the original; the receiver gets a new buffer
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const buf = new Uint8Array([10, 20, 30]).buffer;
port2.on('message', (m) => {
  console.log('received', m.buf.byteLength, Array.from(new Uint8Array(m.buf)), 'same object:', m.buf === buf);
  console.log('shared reference kept:', m.again === m.buf);
  port2.close();
});
port1.postMessage({ buf, again: buf }, [buf]);
console.log('sender byteLength after transfer:', buf.byteLength);
