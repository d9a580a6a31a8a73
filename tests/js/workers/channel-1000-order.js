// 1000 messages through a MessageChannel arrive in order, interleaved fairly with a timer-free event loop
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const got = [];
port2.on('message', (m) => {
  got.push(m);
  if (m === 999) {
    console.log('count', got.length, 'ordered', got.every((v, i) => v === i));
    port2.close();
  }
});
for (let i = 0; i < 1000; i++) port1.postMessage(i);
