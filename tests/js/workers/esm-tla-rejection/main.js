// an ES module worker whose top-level await rejects: the rejection reaches the parent as an 'error' event, exit code 1
const { Worker } = require('worker_threads');
const path = require('path');

const w = new Worker(path.join(__dirname, 'worker.mjs'));
// messages and the error travel separately in Node (no fixed order): logged apart
const messages = [];
const log = [];
w.on('message', (m) => messages.push(m));
w.on('error', (e) => log.push(`error ${e instanceof Error} ${e.name}: ${e.message}`));
w.on('exit', (code) => {
  log.push('exit ' + code);
  console.log('messages:', messages);
  console.log('events:', log);
});
