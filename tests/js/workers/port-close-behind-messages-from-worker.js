// A worker posts many messages on a port it was sent, tells its parent it is done and lets
// the port go (it ends, and in Spindle the port may be collected first). The parent starts
// its end only after that: every message arrives, in order, and `close` comes after them.
// Node 20's output.
const { Worker, MessageChannel } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ port }) => {
    for (let i = 0; i < 1000; i++) port.postMessage(i);
    parentPort.postMessage('done');
  });
`, { eval: true });

const { port1, port2 } = new MessageChannel();
worker.postMessage({ port: port2 }, [port2]);
worker.once('message', (m) => {
  console.log('worker says', m);
  let next = 0, inOrder = true;
  setTimeout(() => {
    port1.on('message', (i) => {
      if (i !== next) inOrder = false;
      next++;
    });
    port1.on('close', () => console.log('close after', next, 'messages, in order:', inOrder));
  }, 20);
});
worker.on('exit', (code) => console.log('worker exit', code));
