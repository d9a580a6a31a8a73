// Event properties before, during and after dispatch: target, currentTarget, eventPhase, composedPath, timeStamp, isTrusted, initEvent
const e = new Event('x', { bubbles: true, cancelable: true, composed: true });
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.eventPhase, e.target, e.currentTarget, e.srcElement, e.composedPath());
console.log(typeof e.timeStamp, e.timeStamp >= 0, e.isTrusted, e.defaultPrevented, e.returnValue, e.cancelBubble);
const e2 = new Event('x', { bubbles: 0, cancelable: '', composed: null });
console.log(e2.bubbles, e2.cancelable, e2.composed);
const later = new Event('later');
console.log('timeStamp increases', later.timeStamp >= e.timeStamp);
const et = new EventTarget();
et.addEventListener('x', (ev) => {
  console.log('during', ev.eventPhase, ev.target === et, ev.currentTarget === et, ev.srcElement === et,
    ev.composedPath().length, ev.composedPath()[0] === et);
});
et.dispatchEvent(e);
console.log('after', e.eventPhase, e.target === et, e.currentTarget, e.composedPath().length);
console.log('type coerced', new Event(12).type, new Event(undefined).type, new Event({ toString() { return 'obj'; } }).type);
// The abort event of an AbortSignal is trusted
const ac = new AbortController();
ac.signal.addEventListener('abort', (ev) => console.log('abort event', ev.type, ev.isTrusted, ev.cancelable, ev.bubbles, ev.target === ac.signal));
ac.abort();
