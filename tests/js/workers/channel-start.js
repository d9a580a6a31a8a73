// in Node a 'message' listener added with addEventListener starts the port (and keeps the process alive) like on('message'): no start() needed
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const log = [];
port2.addEventListener('message', (e) => {
  log.push('got ' + e.data);
  if (e.data === 2) port2.close();
});
port1.postMessage(1);
port1.postMessage(2);
log.push('sync end');
process.on('exit', () => console.log(log));
