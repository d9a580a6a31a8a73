// a worker whose required module throws during loading reports the error ('error' event, exit 1); a later worker still runs
const { Worker } = require('worker_threads');
const path = require('path');

const w = new Worker(path.join(__dirname, 'worker.js'));
// messages and the error travel separately in Node (no fixed order): print them after 'exit'
const messages = [];
let error;
w.on('message', (m) => messages.push(m));
w.on('error', (e) => { error = e; });
w.on('exit', (code) => {
  console.log('messages', messages);
  console.log('error:', error.constructor.name, error.message);
  console.log('exit', code);
  const ok = new Worker(path.join(__dirname, 'ok.js'));
  ok.on('message', (m) => console.log('ok worker says', m));
  ok.on('exit', (c) => console.log('ok exit', c));
});
