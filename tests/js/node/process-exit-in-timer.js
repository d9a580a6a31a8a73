// exit 2: process.exit(2) inside a timer: later timers, pending ticks, promises and immediates never run; no 'beforeExit'; 'exit' gets 2
process.on('beforeExit', () => console.log('beforeExit: never'));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => {
  console.log('timer 1 exits');
  process.nextTick(() => console.log('tick: never'));
  Promise.resolve().then(() => console.log('promise: never'));
  setImmediate(() => console.log('immediate: never'));
  process.exit(2);
  console.log('after exit(): never');
}, 0);
setTimeout(() => console.log('timer 2: never'), 0);
setTimeout(() => console.log('timer 3: never'), 20);
const start = Date.now();
while (Date.now() - start < 4);
