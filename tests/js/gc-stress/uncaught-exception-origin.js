// GC rooting regression (run under --gc-stress by cli.rs): the origin string handed to
// 'uncaughtException' listeners was held only by Rust across the listenerCount call made
// after the monitor's emit (a fuzzed program printed a collected string).
process.on('uncaughtExceptionMonitor', (err, origin) => { console.log('monitor', err.message, origin); });
process.on('uncaughtException', (err, origin) => { console.log('caught', err.message, origin); });
setTimeout(() => { throw new Error('from a timer'); }, 1);
Promise.reject(new Error('from a promise'));
throw new Error('from the script');
