// an error thrown by a timer goes to 'uncaughtException' (origin 'uncaughtException'); the process lives on; the next due timer runs before the thrower's ticks
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin, err instanceof Error));
setTimeout(() => console.log('t1'), 0);
setTimeout(() => {
  console.log('t2 throws');
  process.nextTick(() => console.log('tick from t2'));
  Promise.resolve().then(() => console.log('promise from t2'));
  throw new Error('timer');
}, 0);
setTimeout(() => console.log('t3'), 0);
setTimeout(() => console.log('t4'), 0);
setImmediate(() => {
  console.log('immediate');
  setTimeout(() => console.log('later timer'), 1);
});
process.on('exit', (code) => console.log('exit', code));
// make sure all four short timers are due when the event loop starts
const start = Date.now();
while (Date.now() - start < 4);
