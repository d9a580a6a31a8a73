// worker.resourceLimits: the limits the worker was given (unset ones as -1, the stack as 4 MB) while it runs, {} once it has exited
const { Worker } = require('worker_threads');
const w = new Worker('require("worker_threads").parentPort.postMessage("up")', {
  eval: true, resourceLimits: { maxOldGenerationSizeMb: 32, stackSizeMb: 2 },
});
console.log('running:', w.resourceLimits);
w.on('message', () => console.log('still running:', w.resourceLimits.maxOldGenerationSizeMb));
w.on('exit', (code) => {
  console.log('exit', code, w.resourceLimits);
  const plain = new Worker('0', { eval: true });
  console.log('no limits given:', plain.resourceLimits);
});
