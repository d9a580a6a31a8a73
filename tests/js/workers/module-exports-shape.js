// the node:worker_threads exports the features in use here, with the right types, in the main thread and in a worker
const wt = require('worker_threads');

function shape(m) {
  return ['Worker', 'MessageChannel', 'MessagePort', 'isMainThread', 'parentPort', 'threadId', 'workerData']
    .map((k) => `${k}:${m[k] === null ? 'null' : typeof m[k]}`).join(' ');
}

console.log('main  ', shape(wt));
console.log('same object via node: prefix:', require('node:worker_threads') === wt);
const w = new wt.Worker(`
  const wt = require('worker_threads');
  wt.parentPort.postMessage(${shape.toString()}(wt));
`, { eval: true, workerData: 0 });
w.on('message', (m) => console.log('worker', m));
w.on('exit', (code) => console.log('exit', code));
