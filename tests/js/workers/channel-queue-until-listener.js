// messages sent to a port with no listener are queued, not lost, and delivered in order once a listener is added
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
port1.postMessage('a');
port1.postMessage('b');
setTimeout(() => {
  port1.postMessage('c');
  const got = [];
  port2.on('message', (m) => {
    got.push(m);
    if (got.length === 4) {
      console.log(got);
      port2.close();
    }
  });
  port1.postMessage('d');
}, 20);
