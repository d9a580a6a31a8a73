// an uncaught exception in a worker emits 'error' in the parent with a cloned Error (name, message, type), then 'exit' with code 1
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('before throw');
  const e = new TypeError('bad thing', { cause: 'because' });
  e.extra = 42;
  throw e;
`, { eval: true });
// messages and the error travel separately, so they are logged apart (their relative order is not fixed)
const messages = [];
const events = [];
w.on('message', (m) => messages.push(m));
w.on('error', (e) => {
  events.push('error');
  console.log('instanceof Error:', e instanceof Error);
  console.log('instanceof TypeError:', e instanceof TypeError);
  console.log('name:', e.name);
  console.log('message:', e.message);
  console.log('cause:', e.cause);
  console.log('extra:', e.extra);
  console.log('stack is a string:', typeof e.stack === 'string');
});
w.on('exit', (code) => {
  events.push('exit ' + code);
  console.log('messages:', messages);
  console.log('events:', events);
});
