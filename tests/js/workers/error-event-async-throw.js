// an exception thrown later from a worker's timer callback also ends it with an 'error' event and exit code 1; later timers never run
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  setTimeout(() => parentPort.postMessage('first timer'), 1);
  setTimeout(() => { throw new RangeError('from timer'); }, 5);
  setTimeout(() => parentPort.postMessage('never'), 30);
`, { eval: true });
// messages and the error travel separately, so they are logged apart (their relative order is not fixed)
const messages = [];
const log = [];
w.on('message', (m) => messages.push(m));
w.on('error', (e) => log.push(e.name + ': ' + e.message));
w.on('exit', (code) => {
  log.push('exit ' + code);
  console.log('messages:', messages);
  console.log('events:', log);
});
