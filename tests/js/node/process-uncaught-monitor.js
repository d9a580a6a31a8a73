// 'uncaughtExceptionMonitor' listeners see the error and origin before 'uncaughtException' ones; once-listeners work; non-Error values are passed as they are
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', String(err && err.message || err), origin));
process.once('uncaughtException', (err, origin) => console.log('once handler', err.message, origin));
process.on('uncaughtException', (err, origin) => console.log('handler', typeof err, String(err && err.message || err), origin));
setTimeout(() => { throw new Error('first'); }, 1);
setTimeout(() => { throw 42; }, 10);
setTimeout(() => { throw 'a string'; }, 20);
setTimeout(() => {
  console.log('listener counts', process.listenerCount('uncaughtException'), process.listenerCount('uncaughtExceptionMonitor'));
}, 30);
