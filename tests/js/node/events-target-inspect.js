// Inspecting Event, CustomEvent, EventTarget, AbortSignal and AbortController; Symbol.toStringTag and property layout
const util = require('util');
const stamp = (s) => s.replace(/timeStamp: [0-9.e-]+/g, 'timeStamp: <t>');
console.log(stamp(util.inspect(new Event('x'), { breakLength: Infinity })));
console.log(stamp(util.inspect(new Event('y', { cancelable: true }), { breakLength: Infinity })));
console.log(stamp(util.inspect(new CustomEvent('c', { detail: 1 }), { breakLength: Infinity })));
console.log(new EventTarget());
class MyTarget extends EventTarget {}
console.log(new MyTarget());
console.log(AbortSignal.abort());
console.log(new AbortController());
console.log([new AbortController().signal]);
console.log(util.inspect({ a: { b: { c: new Event('deep'), d: new EventTarget(), e: new AbortController() } } }));
for (const v of [new Event('x'), new CustomEvent('x'), new EventTarget(), new AbortController(), new AbortController().signal]) {
  console.log(Object.prototype.toString.call(v), v[Symbol.toStringTag]);
}
console.log(Object.keys(Event.prototype).join(','));
console.log(Object.keys(EventTarget.prototype).join(','));
console.log(Object.keys(AbortSignal.prototype).join(','));
console.log(Object.keys(AbortController.prototype).join(','));
console.log(Object.keys(Event).join(','), Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log(Object.keys(new Event('x')).length, Object.keys(new EventTarget()).length);
console.log(typeof Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get, new Event('x').isTrusted);
console.log(Object.getPrototypeOf(AbortSignal) === EventTarget, Object.getPrototypeOf(CustomEvent) === Event);
console.log(AbortSignal.name, AbortSignal.length, AbortController.name, Event.length, EventTarget.length, CustomEvent.length);
console.log(EventTarget.prototype.addEventListener.name, EventTarget.prototype.addEventListener.length, EventTarget.prototype.dispatchEvent.length);
