// MessageChannel in one thread: messages arrive asynchronously, in order, in both directions, cloned (not shared)
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const log = [];
const obj = { n: 0 };
port2.on('message', (m) => {
  log.push('port2 got ' + JSON.stringify(m));
  if (m.n === 2) port2.postMessage('reply');
});
port1.on('message', (m) => {
  log.push('port1 got ' + m);
  console.log(log);
  console.log('original object mutated after send:', obj.n);
  port1.close();
});
port1.postMessage(obj);
obj.n = 1;
port1.postMessage(obj);
obj.n = 2;
port1.postMessage(obj);
obj.n = 99;
log.push('sync end');
Promise.resolve().then(() => log.push('microtask'));
process.nextTick(() => log.push('nextTick'));
