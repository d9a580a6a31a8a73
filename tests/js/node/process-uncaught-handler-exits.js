// an 'uncaughtException' handler may end the program with process.exit(): later timers never run and 'exit' gets the code
process.on('uncaughtException', (err, origin) => {
  console.log('handler', err.message, origin);
  process.exit(0);
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { throw new Error('fatal'); }, 1);
setTimeout(() => console.log('later timer: never'), 30);
