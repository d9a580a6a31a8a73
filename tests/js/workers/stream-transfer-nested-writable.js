// main's WritableStream is transferred to a worker and on to that worker's own nested worker, which writes; main's sink sees every chunk, in order, then close
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const received = [];
  const ws = new WritableStream({
    write(chunk) { received.push(chunk); },
    close() {
      console.log('sink received', received.length, 'chunks');
      console.log(received.join(' | '));
      console.log('sink closed');
      w.postMessage('finish');
    },
  }, { highWaterMark: 2 });
  const w = new Worker(__filename, { workerData: 1 });
  w.postMessage(ws, [ws]);
  w.on('exit', (c) => console.log('level 1 exit', c));
} else if (workerData === 1) {
  parentPort.once('message', (ws) => {
    const nested = new Worker(__filename, { workerData: 2 });
    nested.postMessage(ws, [ws]);
    parentPort.once('message', () => nested.postMessage('finish'));
  });
} else {
  parentPort.on('message', (m) => {
    if (m === 'finish') return parentPort.close();
    const writer = m.getWriter();
    for (let i = 0; i < 10; i++) writer.write(`nested-${i}`); // not awaited: queued in order
    writer.close();
  });
}
