// EventEmitter: on/prependListener/once order, emit's result, error and errorMonitor, events.once and events.on with break
const EventEmitter = require('events');
const { once, on } = require('node:events');
class Bus extends EventEmitter {}
const b = new Bus();
b.on('x', (a, c) => console.log('x1', a, c));
b.prependListener('x', () => console.log('x0'));
b.once('x', () => console.log('x once'));
console.log(b.emit('x', 1, 2), b.emit('x', 3, 4), b.emit('nothing'));
console.log(b.listenerCount('x'), b.eventNames(), EventEmitter.defaultMaxListeners);
try { b.emit('error', new Error('bad')); } catch (e) { console.log('thrown', e.message); }
try { b.emit('error', { code: 1 }); } catch (e) { console.log(e.code, e.message); }
b.on(EventEmitter.errorMonitor, (e) => console.log('monitor', e.message));
b.on('error', (e) => console.log('handled', e.message));
b.emit('error', new Error('second'));
(async () => {
  setTimeout(() => b.emit('ready', 'now'), 5);
  const [v] = await once(b, 'ready');
  console.log('once resolved', v);
  setTimeout(() => { b.emit('tick', 1); b.emit('tick', 2); b.emit('tick', 3); }, 5);
  let n = 0;
  for await (const [t] of on(b, 'tick')) {
    console.log('tick', t);
    if (++n === 3) break;
  }
  console.log('after loop', b.listenerCount('tick'));
})();
