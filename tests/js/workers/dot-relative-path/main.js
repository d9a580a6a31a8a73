// a worker path starting with ./ is resolved against the current working directory (the repository root here), not the main file
const { Worker } = require('worker_threads');

const w = new Worker('./tests/js/workers/dot-relative-path/worker.js');
w.on('message', (m) => console.log(m));
w.on('error', (e) => console.log('error', e.code));
w.on('exit', (code) => {
  console.log('exit', code);
  const w2 = new Worker('./worker.js');
  w2.on('error', (e) => console.log('./worker.js from the root:', e instanceof Error, e.code));
  w2.on('exit', (c) => console.log('exit', c));
});
