// a worker that allocates without bound under resourceLimits.maxOldGenerationSizeMb is stopped with an Error and exit code 1; the parent survives
const { Worker } = require('worker_threads');

const w = new Worker(`
  const keep = [];
  while (true) keep.push({ data: new Array(1000).fill(keep.length) });
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 8 } });
let errors = 0;
w.on('error', (e) => {
  errors++;
  console.log('error is an Error:', e instanceof Error);
});
w.on('exit', (code) => {
  console.log('exit', code, 'errors', errors);
  const small = new Worker('require("worker_threads").parentPort.postMessage([1, 2, 3].map((x) => x * 2))', {
    eval: true, resourceLimits: { maxOldGenerationSizeMb: 8 },
  });
  small.on('message', (m) => console.log('small worker under the same limit works:', m));
  small.on('exit', (c) => console.log('small exit', c));
});
