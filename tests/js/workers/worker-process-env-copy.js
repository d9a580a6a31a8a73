// a worker gets a copy of the parent's process.env at start; changes made inside the worker do not reach the parent
const { Worker } = require('worker_threads');

process.env.SPINDLE_WORKER_TEST = 'from parent';
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const seen = process.env.SPINDLE_WORKER_TEST;
  process.env.SPINDLE_WORKER_TEST = 'changed in worker';
  process.env.SPINDLE_WORKER_NEW = 'new';
  parentPort.postMessage({ seen, now: process.env.SPINDLE_WORKER_TEST });
`, { eval: true });
process.env.SPINDLE_WORKER_TEST = 'changed in parent after start';
w.on('message', (m) => console.log(m));
w.on('exit', (code) => {
  console.log('exit', code);
  console.log('parent:', process.env.SPINDLE_WORKER_TEST, process.env.SPINDLE_WORKER_NEW);
});
