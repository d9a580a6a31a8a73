// Node: after an 'uncaughtException' listener handled an error it queues setImmediate(noop),
// so ticks the throw left (or the listener queued) still run: 30 exceptions thrown from
// ticks queued by the listener itself are all caught.
var n = 0;
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
  if (++n < 30) process.nextTick(() => { throw new Error('tick ' + n); });
});
process.nextTick(() => { throw new Error('first'); });
