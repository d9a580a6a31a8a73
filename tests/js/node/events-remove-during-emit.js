// listeners removed or added while an event is emitted: the emit uses the list as it was
const EventEmitter = require('node:events');
const e = new EventEmitter();
function a() { console.log('a'); e.removeListener('x', b); e.on('x', c); }
function b() { console.log('b (still called this time)'); }
function c() { console.log('c'); }
e.on('x', a);
e.on('x', b);
e.emit('x');
console.log('second emit');
e.emit('x');
console.log(e.listeners('x').map((f) => f.name));
e.removeAllListeners('x');
console.log(e.listenerCount('x'), e.eventNames());
const once = () => console.log('once');
e.once('y', once);
console.log(e.listeners('y')[0] === once, e.rawListeners('y')[0] === once, e.rawListeners('y')[0].listener === once);
e.off('y', once);
console.log(e.emit('y'));
try { e.on('z', 'nope'); } catch (err) { console.log(err.name, err.code); }
try { e.setMaxListeners(-1); } catch (err) { console.log(err.name, err.code); }
console.log(e.getMaxListeners(), e.setMaxListeners(3) === e, e.getMaxListeners());
