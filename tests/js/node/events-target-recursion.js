// EventTarget dispatchEvent: an event being dispatched cannot be dispatched again (ERR_EVENT_RECURSION); it can after the dispatch
const et = new EventTarget();
const ev = new Event('x');
et.addEventListener('x', (e) => {
  console.log('in listener, phase', e.eventPhase, 'currentTarget set', e.currentTarget === et);
  try {
    et.dispatchEvent(e);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  try {
    new EventTarget().dispatchEvent(e);
  } catch (err) {
    console.log('other target:', err.code);
  }
  e.initEvent('changed');
  console.log('initEvent ignored while dispatching', e.type);
});
et.dispatchEvent(ev);
console.log('after, phase', ev.eventPhase, 'target set', ev.target === et, 'currentTarget', ev.currentTarget);
console.log('composedPath after', ev.composedPath());
console.log('re-dispatch ok', et.dispatchEvent(ev));

// A different event of the same type may be dispatched from a listener
const t2 = new EventTarget();
let depth = 0;
t2.addEventListener('n', (e) => {
  depth++;
  console.log('nested depth', depth, e.composedPath().length);
  if (depth < 3) t2.dispatchEvent(new Event('n'));
});
t2.dispatchEvent(new Event('n'));
