// a worker error with no 'error' listener on the Worker is thrown in the parent (caught here by process 'uncaughtException')
const { Worker } = require('worker_threads');

const log = [];
process.on('uncaughtException', (e) => {
  log.push(['parent uncaughtException:', e instanceof Error, e.name, e.message].join(' '));
});
const w = new Worker('throw new TypeError("nobody listens")', { eval: true });
w.on('exit', (code) => log.push('worker exit ' + code));
// the two may come in either order, so they are printed sorted when the parent ends
process.on('exit', () => console.log(log.sort()));
