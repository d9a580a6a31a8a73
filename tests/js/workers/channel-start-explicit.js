// start() on a port with an addEventListener('message') listener is harmless (no duplicate delivery); start() can be called twice
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const log = [];
port2.addEventListener('message', (e) => {
  log.push('got ' + e.data);
  if (e.data === 3) port2.close();
});
port2.start();
port2.start();
for (const n of [1, 2, 3]) port1.postMessage(n);
process.on('exit', () => console.log(log));
