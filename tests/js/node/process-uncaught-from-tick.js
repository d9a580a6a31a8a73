// an error thrown by a nextTick goes to 'uncaughtException'; the remaining ticks, ticks queued by the handler, then promise jobs run before the immediates
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
  process.nextTick(() => console.log('tick from handler'));
});
process.nextTick(() => console.log('t1'));
process.nextTick(() => { console.log('t2 throws'); throw new Error('tick'); });
process.nextTick(() => console.log('t3'));
Promise.resolve().then(() => console.log('p1'));
setImmediate(() => console.log('i1'));
setImmediate(() => setTimeout(() => console.log('timer queued by i2'), 1));
process.on('exit', (code) => console.log('exit', code));
console.log('main');
