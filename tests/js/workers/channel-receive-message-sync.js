// receiveMessageOnPort takes queued messages synchronously, in order, from an unstarted port; undefined when the queue is empty
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
console.log('empty:', receiveMessageOnPort(port2));
port1.postMessage('a');
port1.postMessage({ b: [1, 2] });
port1.postMessage(undefined);
port1.postMessage(new Map([[1, 'one']]));
let r;
const got = [];
while ((r = receiveMessageOnPort(port2)) !== undefined) got.push(r);
console.log('received', got.length);
for (const x of got) console.log(x, Object.keys(x));
console.log('after drain:', receiveMessageOnPort(port2));

// transferred buffers arrive attached; the sender's are detached
const buf = new Uint8Array([5, 6, 7]).buffer;
port1.postMessage({ buf }, [buf]);
const m = receiveMessageOnPort(port2).message;
console.log('sender detached', buf.byteLength, 'received', Array.from(new Uint8Array(m.buf)));

// argument errors
for (const bad of [undefined, null, {}, 'port', port2.constructor]) {
  try {
    receiveMessageOnPort(bad);
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code);
  }
}

// a message taken synchronously is not delivered again to a listener attached later
port1.postMessage('sync');
port1.postMessage('async 1');
port1.postMessage('async 2');
console.log('took', receiveMessageOnPort(port2).message);
port2.on('message', (msg) => {
  console.log('listener', msg);
  if (msg === 'async 2') port2.close();
});
console.log('end of script');
