// an unhandled promise rejection in a worker becomes an 'error' event in the parent and exit code 1
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('start');
  Promise.reject(new SyntaxError('rejected!'));
  setTimeout(() => parentPort.postMessage('timer still ran'), 50);
`, { eval: true });
// messages and the error travel separately, so they are logged apart (their relative order is not fixed)
const messages = [];
const log = [];
w.on('message', (m) => messages.push(m));
w.on('error', (e) => log.push(['error', e instanceof Error, e.name, e.message].join(' ')));
w.on('exit', (code) => {
  log.push('exit ' + code);
  console.log('messages:', messages);
  console.log('events:', log);
});
