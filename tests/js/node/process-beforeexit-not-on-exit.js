// 'beforeExit' is not emitted when process.exit() is called, nor for an explicit exit from a tick
process.on('beforeExit', () => console.log('beforeExit: never'));
process.on('exit', (code) => console.log('exit', code));
setImmediate(() => console.log('immediate: never'));
process.nextTick(() => {
  console.log('tick calls process.exit()');
  process.exit();
});
console.log('main');
