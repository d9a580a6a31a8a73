// a worker receives a port with messages queued before the transfer and reads them synchronously with receiveMessageOnPort, blocking on Atomics.wait for later ones
const { Worker, isMainThread, parentPort, workerData, MessageChannel, receiveMessageOnPort } = require('worker_threads');
if (isMainThread) {
  const sab = new SharedArrayBuffer(8);
  const flag = new Int32Array(sab);
  const { port1, port2 } = new MessageChannel();
  port1.postMessage('queued 1');
  port1.postMessage('queued 2');
  const w = new Worker(__filename, { workerData: { port: port2, sab }, transferList: [port2] });
  w.on('message', (m) => {
    if (m === 'send more') {
      for (let i = 1; i <= 3; i++) port1.postMessage(`later ${i}`);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    } else {
      console.log(m);
    }
  });
  w.on('exit', (c) => { console.log('exit', c); port1.close(); });
} else {
  const { port, sab } = workerData;
  const flag = new Int32Array(sab);
  const log = [];
  let r;
  while ((r = receiveMessageOnPort(port)) !== undefined) log.push(r.message);
  log.push(`empty: ${receiveMessageOnPort(port)}`);
  parentPort.postMessage('send more');
  Atomics.wait(flag, 0, 0); // blocks this worker (no event loop) until main has posted
  // main posted all three before notifying, so they are all queued now
  while ((r = receiveMessageOnPort(port)) !== undefined) log.push(r.message);
  log.push(`empty again: ${receiveMessageOnPort(port)}`);
  parentPort.postMessage(log);
  port.close();
}
