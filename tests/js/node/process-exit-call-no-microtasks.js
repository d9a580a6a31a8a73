// with an explicit process.exit(), nothing queued by 'exit' listeners runs, not even promise jobs
process.on('exit', (code) => {
  console.log('exit', code);
  process.nextTick(() => console.log('tick from exit: never'));
  Promise.resolve().then(() => console.log('promise from exit: never'));
  queueMicrotask(() => console.log('microtask from exit: never'));
});
setTimeout(() => {
  console.log('timer calls process.exit(0)');
  process.exit(0);
}, 1);
