// after a natural end, promise jobs queued by 'exit' listeners still run (a microtask checkpoint follows the emit) but nextTicks do not
process.on('exit', (code) => {
  console.log('exit', code);
  process.nextTick(() => console.log('tick from exit: never'));
  Promise.resolve().then(() => {
    console.log('promise from exit');
    Promise.resolve().then(() => console.log('nested promise'));
    process.nextTick(() => console.log('tick from promise: never'));
  });
  queueMicrotask(() => console.log('microtask from exit'));
});
console.log('main');
