// process is an EventEmitter: custom events, once, emit's result; emitting 'exit' or 'beforeExit' by hand just calls the listeners
process.on('custom', (a, b) => console.log('custom', a, b));
process.once('custom-once', () => console.log('custom-once'));
console.log(process.emit('custom', 1, 2), process.emit('custom-once'), process.emit('custom-once'), process.emit('nobody'));
let exits = 0;
process.on('exit', (code) => { exits++; console.log('exit listener', code, exits); });
process.on('beforeExit', (code) => console.log('beforeExit listener', code));
process.emit('exit', 42);
process.emit('beforeExit', 7);
console.log('still running, exitCode', process.exitCode);
console.log(process.eventNames().filter((n) => ['custom', 'exit', 'beforeExit'].includes(n)));
