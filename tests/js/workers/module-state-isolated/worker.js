// worker: loads counter.js again and inspects globals
const { parentPort } = require('worker_threads');
const counter = require('./counter');
counter.bump();
parentPort.postMessage({
  counter: counter.value(),
  loads: counter.loads,
  parentGlobal: typeof globalThis.parentGlobal,
  requireMainIsModule: require.main === module,
});
