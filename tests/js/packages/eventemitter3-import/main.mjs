// eventemitter3 through import: "exports" picks index.mjs (default + named EventEmitter re-exported from the CJS index.js); on/once/off, listener counts, context
import EventEmitter, { EventEmitter as Named } from 'eventemitter3';
import * as ns from 'eventemitter3';
import { createRequire } from 'node:module';

console.log('namespace keys:', Object.keys(ns).sort());
console.log('default === named:', EventEmitter === Named);
const require = createRequire(import.meta.url);
console.log('require() gives the same class via index.js:', require('eventemitter3') === EventEmitter);
console.log('prefixed:', EventEmitter.prefixed, 'static EventEmitter:', EventEmitter.EventEmitter === EventEmitter);

class Store extends EventEmitter {
  constructor() {
    super();
    this.items = [];
  }
  add(item) {
    this.items.push(item);
    this.emit('add', item, this.items.length);
  }
}

const store = new Store();
console.log('instanceof:', store instanceof EventEmitter, store instanceof Named);

const onAdd = (item, count) => console.log('on add:', item, count);
store.on('add', onAdd);
store.once('add', item => console.log('once add:', item));
const ctx = { label: 'ctx' };
store.on('add', function (item) { console.log('with context:', this.label, item); }, ctx);
console.log('listenerCount(add):', store.listenerCount('add'));

store.add('apple');
console.log('after first emit:', store.listenerCount('add'));
store.add('banana');

store.off('add', onAdd);
console.log('after off:', store.listenerCount('add'));
store.add('cherry');

const sym = Symbol('tick');
store.on(sym, () => console.log('symbol event'));
store.on('clear', () => {});
console.log('eventNames:', store.eventNames());
console.log('emit returns:', store.emit(sym), store.emit('nobody-listens'));
console.log('listeners(add) length:', store.listeners('add').length);

// emit with many arguments goes through the apply path.
store.on('many', (...args) => console.log('many args:', args.join(',')));
store.emit('many', 1, 2, 3, 4, 5, 6, 7);

store.removeAllListeners('add');
console.log('after removeAllListeners(add):', store.listenerCount('add'), store.eventNames().length);
store.removeAllListeners();
console.log('after removeAllListeners():', store.eventNames());

// An emitter driven by timers.
const clock = new EventEmitter();
const seen = [];
clock.on('tick', n => seen.push(n));
await new Promise(resolve => {
  clock.once('stop', resolve);
  setTimeout(() => clock.emit('tick', 1), 10);
  setTimeout(() => clock.emit('tick', 2), 20);
  setTimeout(() => clock.emit('stop'), 30);
});
console.log('ticks:', seen, 'stop listeners left:', clock.listenerCount('stop'));
