// a worker starts its own worker (three levels deep); messages are relayed up to the main thread in order
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename, { workerData: { depth: 1 } });
  const got = [];
  w.on('message', (m) => got.push(m));
  w.on('exit', (code) => {
    for (const m of got) console.log(m);
    console.log('top worker exit', code);
  });
} else {
  const { depth } = workerData;
  parentPort.postMessage(`level ${depth} started (isMainThread ${isMainThread}, threadId > 0: ${threadId > 0})`);
  if (depth < 3) {
    const child = new Worker(__filename, { workerData: { depth: depth + 1 } });
    child.on('message', (m) => parentPort.postMessage(`relayed by ${depth}: ${m}`));
    child.on('exit', (code) => parentPort.postMessage(`level ${depth} saw child exit ${code}`));
  } else {
    parentPort.postMessage('deepest level reached');
  }
}
