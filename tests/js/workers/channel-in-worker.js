// a worker uses a MessageChannel internally and reports what it saw; ports are ordinary MessagePorts there too
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort, MessageChannel, MessagePort } = require('worker_threads');
  const { port1, port2 } = new MessageChannel();
  const got = [];
  port2.on('message', (m) => {
    got.push(m);
    if (got.length === 3) {
      port2.close();
      parentPort.postMessage({ got, isPort: port1 instanceof MessagePort, parentIsPort: parentPort instanceof MessagePort });
    }
  });
  port1.postMessage(new Map([[1, 2]]));
  port1.postMessage([1, 2, 3]);
  port1.postMessage('three');
`, { eval: true });
w.on('message', (m) => console.log(m));
w.on('exit', (code) => console.log('exit', code));
