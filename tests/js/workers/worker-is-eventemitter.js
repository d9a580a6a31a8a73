// a Worker is an EventEmitter: once/off/listenerCount work, and events.once() resolves with the event arguments
const { Worker } = require('worker_threads');
const EventEmitter = require('events');

(async () => {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.postMessage('first');
    parentPort.postMessage('second');
  `, { eval: true });
  console.log('instanceof EventEmitter:', w instanceof EventEmitter);
  console.log('postMessage returns:', w.postMessage('ignored'));
  const noop = () => {};
  w.on('message', noop);
  console.log('message listeners:', w.listenerCount('message'));
  w.off('message', noop);
  console.log('after off:', w.listenerCount('message'));
  // all listeners are attached before the first await: the last message and 'exit' may come back to back
  const first = EventEmitter.once(w, 'message');
  const all = [];
  w.on('message', (m) => all.push(m));
  const exit = EventEmitter.once(w, 'exit');
  console.log('first message:', (await first)[0]);
  const [code] = await exit;
  console.log('all messages:', all);
  console.log('exit', code);
})();
