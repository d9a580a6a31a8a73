// a MessagePort moves main -> worker A -> main -> worker B; messages queued at each hop (and one taken by A synchronously) arrive at B once each, in order
const { Worker, isMainThread, parentPort, workerData, MessageChannel, receiveMessageOnPort } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const a = new Worker(__filename, { workerData: 'A' });
  const b = new Worker(__filename, { workerData: 'B' });
  port1.postMessage('m1');
  port1.postMessage('m2');
  a.postMessage({ port: port2 }, [port2]);
  port1.postMessage('m3');
  port1.postMessage('m4');
  a.on('message', ({ port, took }) => {
    console.log('A took synchronously:', took);
    port1.postMessage('m5');
    b.postMessage({ port }, [port]);
    port1.postMessage('m6');
    port1.postMessage('end');
  });
  b.on('message', (list) => {
    console.log('B received:', list.join(' '));
    port1.close();
  });
  let exits = 0;
  for (const w of [a, b]) w.on('exit', (c) => { if (++exits === 2) console.log('both exited', c); });
} else if (workerData === 'A') {
  parentPort.once('message', ({ port }) => {
    const took = receiveMessageOnPort(port).message;
    parentPort.postMessage({ port, took }, [port]);
    parentPort.close();
  });
} else {
  parentPort.once('message', ({ port }) => {
    const list = [];
    port.on('message', (m) => {
      if (m === 'end') {
        parentPort.postMessage(list);
        port.close();
        parentPort.close();
      } else {
        list.push(m);
      }
    });
  });
}
