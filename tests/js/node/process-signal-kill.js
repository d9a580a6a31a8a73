// a SIGTERM listener replaces the default action: process.kill(process.pid, 'SIGTERM') returns true and the listener runs later with (name, number)
const keepAlive = setTimeout(() => console.log('no signal arrived'), 5000);
function onTerm(signal, number) {
  console.log('got', signal, number, this === process);
  clearTimeout(keepAlive);
}
console.log(process.on('SIGTERM', onTerm) === process, process.listenerCount('SIGTERM'));
const noop = () => {};
process.on('SIGINT', noop);
console.log(process.listenerCount('SIGINT'), process.listeners('SIGINT')[0] === noop);
process.removeListener('SIGINT', noop);
console.log(process.listenerCount('SIGINT'));
console.log(process.kill(process.pid, 'SIGTERM'));
console.log('after kill');
process.nextTick(() => console.log('tick'));
process.on('exit', (code) => console.log('exit', code));
