// process.exitCode = 0 and process.exit(0) end the program normally; nothing after exit() runs
process.exitCode = 0;
setTimeout(() => console.log('never printed'), 50);
process.nextTick(() => {
  console.log('tick');
  process.exit(0);
});
console.log('main');
