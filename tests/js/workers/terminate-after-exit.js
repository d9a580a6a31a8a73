// terminate() on a worker that already exited on its own resolves with undefined, and emits no second 'exit'
const { Worker } = require('worker_threads');

const w = new Worker('process.exitCode = 5;', { eval: true });
let exits = 0;
w.on('exit', async (code) => {
  exits++;
  console.log('exit', code);
  const result = await w.terminate();
  console.log('terminate after exit:', result);
  setTimeout(() => console.log('exit events:', exits), 10);
});
