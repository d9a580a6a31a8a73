// port2.close() while port1 still has queued messages for it: both sides get 'close'; the closer stops receiving
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const log = [];
port1.on('message', (m) => log.push('port1 got ' + m));
port2.on('message', (m) => {
  log.push('port2 got ' + m);
  if (m === 2) {
    port2.postMessage('bye');
    port2.close();
  }
});
port1.on('close', () => log.push('port1 close'));
port2.on('close', () => log.push('port2 close'));
process.on('exit', () => console.log(log));
for (let i = 1; i <= 4; i++) port1.postMessage(i);
