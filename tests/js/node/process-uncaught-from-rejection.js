// without an 'unhandledRejection' listener an unhandled rejection becomes an uncaught exception with origin 'unhandledRejection'; non-Error reasons are wrapped in ERR_UNHANDLED_REJECTION
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', origin));
process.on('uncaughtException', (err, origin) => {
  console.log(origin, err.name, err.code);
  console.log('  ' + err.message);
});
Promise.reject(new Error('an Error reason'));
(async () => { throw new TypeError('thrown in an async function'); })();
for (const reason of [42, 'str', null, undefined, true, 10n, Symbol('s'), 1.5]) Promise.reject(reason);
process.on('exit', (code) => console.log('exit', code));
