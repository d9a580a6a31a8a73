// Event.isTrusted is an own non-configurable accessor of each event (DOM [LegacyUnforgeable]; Node 20 has it on the prototype only), with one getter shared by all events; it is also kept on the prototype and is not an enumerable own key, as in Node
'use strict';
const e1 = new Event('x');
const e2 = new CustomEvent('y');
const d1 = Object.getOwnPropertyDescriptor(e1, 'isTrusted');
const d2 = Object.getOwnPropertyDescriptor(e2, 'isTrusted');
console.log(typeof d1.get, d1.set, d1.configurable, d1.get === d2.get);
console.log(e1.isTrusted, e2.isTrusted, Object.keys(e1).length);
try {
  Object.defineProperty(e1, 'isTrusted', { value: true });
} catch (err) {
  console.log(err.constructor.name);
}
try {
  e1.isTrusted = true;
} catch (err) {
  console.log(err.constructor.name);
}
console.log(e1.isTrusted, d1.get.call(e2));
const ac = new AbortController();
ac.signal.addEventListener('abort', (ev) => console.log('abort event trusted', ev.isTrusted, d1.get.call(ev)));
ac.abort();
console.log(typeof Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get);
