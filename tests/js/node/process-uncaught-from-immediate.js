// an error thrown by an immediate goes to 'uncaughtException'; the rest of the batch still runs this turn (the next one before the thrower's ticks)
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
  process.nextTick(() => console.log('tick from handler'));
});
setImmediate(() => console.log('i1'));
setImmediate(() => {
  console.log('i2 throws');
  process.nextTick(() => console.log('tick from i2'));
  Promise.resolve().then(() => console.log('promise from i2'));
  throw new Error('immediate');
});
setImmediate(() => { console.log('i3'); setImmediate(() => console.log('i5 (next turn)')); });
setImmediate(() => console.log('i4'));
process.on('exit', (code) => console.log('exit', code));
