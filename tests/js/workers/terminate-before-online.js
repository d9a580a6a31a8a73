// terminating a worker right after constructing it ends it: one 'exit' event, and terminate() resolves with the same code
const { Worker } = require('worker_threads');

const w = new Worker('while (true) {}', { eval: true });
let exitCode;
let exits = 0;
w.on('exit', (code) => { exits++; exitCode = code; });
w.terminate().then((code) => {
  console.log('terminate resolved; same code as exit event:', code === exitCode, typeof code);
  setTimeout(() => console.log('exit events:', exits), 10);
});
console.log('terminate called');
