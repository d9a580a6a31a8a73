// an 'unhandledRejection' listener that throws turns into an uncaught exception (origin 'uncaughtException')
process.on('unhandledRejection', (reason) => {
  console.log('unhandledRejection', reason);
  throw new Error('listener failed');
});
process.on('uncaughtException', (err, origin) => console.log('uncaughtException', err.message, origin));
Promise.reject('r1');
setTimeout(() => console.log('still alive'), 5);
