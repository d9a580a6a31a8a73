// a port with a 'message' listener keeps the process alive; unref() releases it, hasRef() reports the state
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
console.log('fresh port hasRef:', port2.hasRef());
port2.on('message', (m) => {
  console.log('message', m);
  port2.unref();
  console.log('after unref hasRef:', port2.hasRef());
});
console.log('after listener hasRef:', port2.hasRef());
port1.postMessage('delivered');
process.on('exit', (code) => console.log('exit', code));
