// 'exit' listeners run in order with the exit code and this === process; ticks, timers and immediates they schedule never run
process.on('exit', function (code) {
  console.log('exit listener 1, code', code, 'exitCode', process.exitCode, this === process);
  process.nextTick(() => console.log('tick from exit: never'));
  setTimeout(() => console.log('timeout from exit: never'), 0);
  setImmediate(() => console.log('immediate from exit: never'));
});
process.once('exit', (code) => console.log('exit listener 2 (once), code', code));
process.prependListener('exit', () => console.log('exit listener 0 (prepended)'));
setTimeout(() => console.log('last timer'), 5);
console.log('main done');
