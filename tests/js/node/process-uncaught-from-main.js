// an error thrown by the main script's body goes to 'uncaughtException'; the rest of the body is skipped but queued work still runs
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
setTimeout(() => console.log('timer queued before the throw'), 0);
setImmediate(() => console.log('immediate queued before the throw'));
process.nextTick(() => console.log('tick queued before the throw'));
Promise.resolve().then(() => console.log('promise queued before the throw'));
process.on('exit', (code) => console.log('exit', code));
console.log('before throw');
// make sure the timer is due when the event loop starts
const start = Date.now();
while (Date.now() - start < 4);
throw new Error('sync');
