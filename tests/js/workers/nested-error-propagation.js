// an error in a grandchild worker reaches its parent worker's 'error' event; the middle worker reports it and exits with code 6
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename, { workerData: 'middle' });
  w.on('message', (m) => console.log('main got:', m));
  w.on('error', (e) => console.log('main error event (unexpected):', e.message));
  w.on('exit', (code) => console.log('middle exit', code));
} else if (workerData === 'middle') {
  const child = new Worker(__filename, { workerData: 'leaf' });
  child.on('error', (e) => parentPort.postMessage(`leaf error: ${e.name}: ${e.message}`));
  child.on('exit', (code) => {
    parentPort.postMessage(`leaf exit ${code}`);
    process.exitCode = 6;
  });
} else {
  throw new URIError('leaf failed');
}
