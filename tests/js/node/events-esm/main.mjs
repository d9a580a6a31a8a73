// node:events and node:util as ES modules: default and named exports, removeListener events
import EventEmitter, { once, EventEmitter as EE } from 'node:events';
import { inspect } from 'node:util';
console.log(EventEmitter === EE, typeof once, inspect({ a: [1, 2] }));
const e = new EventEmitter();
e.on('removeListener', (n) => console.log('removed', n));
const f = () => {};
e.on('a', f); e.off('a', f);
console.log(e.listeners('a').length);
