// events.getEventListeners, getMaxListeners and setMaxListeners on EventTargets and AbortSignals
const events = require('events');
const { getEventListeners, getMaxListeners, setMaxListeners, EventEmitter } = events;
const et = new EventTarget();
const a = () => {};
const b = { handleEvent() {} };
et.addEventListener('x', a);
et.addEventListener('x', b);
et.addEventListener('x', a, true);
console.log(getEventListeners(et, 'x').length, getEventListeners(et, 'x')[0] === a, getEventListeners(et, 'x')[1] === b);
console.log(getEventListeners(et, 'none'));
et.removeEventListener('x', a);
console.log('after remove', getEventListeners(et, 'x').length);

const ac = new AbortController();
const f = () => {};
ac.signal.addEventListener('abort', f);
ac.signal.onabort = () => {};
console.log('signal listeners', getEventListeners(ac.signal, 'abort').length, getEventListeners(ac.signal, 'abort')[0] === f);

console.log('default max', getMaxListeners(et), getMaxListeners(ac.signal));
setMaxListeners(3, et, ac.signal);
console.log('after set', getMaxListeners(et), getMaxListeners(ac.signal));
const ee = new EventEmitter();
setMaxListeners(7, ee, et);
console.log('mixed', getMaxListeners(ee), getMaxListeners(et));
try {
  setMaxListeners(1, {});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  getEventListeners({}, 'x');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  getMaxListeners(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  setMaxListeners(-1, et);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
