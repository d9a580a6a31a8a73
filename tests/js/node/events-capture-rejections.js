// captureRejections: a rejected async listener becomes an 'error' event (after a tick)
const EventEmitter = require('node:events');
const e = new EventEmitter({ captureRejections: true });
e.on('job', async (n) => {
  if (n === 2) throw new Error('job ' + n + ' failed');
  console.log('job', n, 'ok');
});
e.on('error', (err) => console.log('error event:', err.message));
e.emit('job', 1);
e.emit('job', 2);
console.log('emitted');
