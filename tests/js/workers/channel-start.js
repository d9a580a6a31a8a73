// HTML §9.4.4: a listener added with addEventListener does not start a port's message queue (only onmessage, on('message') and start() do); Node 20 starts it here, WPT webmessaging/message-channels/no-start follows the standard, which Spindle does: the expected output is the standard's
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
setTimeout(() => {
  log.push('not started yet: nothing delivered');
  port2.start();
}, 20);
process.on('exit', () => console.log(log));
