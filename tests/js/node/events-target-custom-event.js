// CustomEvent: detail (default null), inheritance from Event, dispatch, toStringTag and errors
const ce = new CustomEvent('greet', { detail: { who: 'world' }, cancelable: true });
console.log(ce instanceof Event, ce instanceof CustomEvent, ce.type, ce.detail, ce.cancelable);
console.log(Object.prototype.toString.call(ce), Object.prototype.toString.call(new Event('e')));
console.log(new CustomEvent('a').detail, new CustomEvent('a', {}).detail, new CustomEvent('a', { detail: 0 }).detail);
console.log(new CustomEvent('a', { detail: undefined }).detail, new CustomEvent('a', { detail: false }).detail);
const et = new EventTarget();
et.addEventListener('greet', (e) => console.log('hello', e.detail.who, e.constructor.name));
console.log(et.dispatchEvent(ce));
try {
  new CustomEvent();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('plain'));
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(Object.keys(CustomEvent.prototype));
class MyEvent extends CustomEvent {
  constructor() { super('mine', { detail: 42 }); }
}
const m = new MyEvent();
console.log(m.type, m.detail, m instanceof CustomEvent, Object.prototype.toString.call(m));
