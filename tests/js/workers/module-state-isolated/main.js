// each worker loads its own copy of a CommonJS module: module state and globals are not shared with the parent or between workers
const { Worker } = require('worker_threads');
const path = require('path');
const counter = require('./counter');

globalThis.parentGlobal = 'set in parent';
counter.bump();
counter.bump();
console.log('parent counter', counter.value());

(async () => {
  for (let i = 0; i < 2; i++) {
    const w = new Worker(path.join(__dirname, 'worker.js'));
    const exited = new Promise((resolve) => w.once('exit', resolve));
    const m = await new Promise((resolve) => w.once('message', resolve));
    console.log('worker', i, m);
    await exited;
  }
  console.log('parent counter after workers', counter.value());
})();
