// warnings are emitted on a later tick, in order; there is one default 'warning' listener (named onWarning) until it is removed
console.log(process.listenerCount('warning'), process.listeners('warning').map((f) => f.name));
process.removeAllListeners('warning');
console.log(process.listenerCount('warning'));
process.on('warning', (w) => console.log('warning:', w.message));
process.nextTick(() => console.log('tick queued before'));
process.emitWarning('w1');
process.nextTick(() => console.log('tick queued between'));
process.emitWarning('w2');
Promise.resolve().then(() => console.log('promise job'));
console.log('sync end');
