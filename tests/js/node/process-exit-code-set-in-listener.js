// the exit status is read after the 'exit' listeners: one can change process.exitCode, even after process.exit(7)
process.on('exit', (code) => {
  console.log('listener 1 code', code, 'exitCode', process.exitCode);
  process.exitCode = 9;
});
process.on('exit', (code) => {
  console.log('listener 2 code', code, 'exitCode', process.exitCode);
  process.exitCode = 0;
});
setTimeout(() => {
  process.exit(7);
}, 1);
