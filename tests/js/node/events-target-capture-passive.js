// EventTarget capture and passive options: capture identifies a separate listener, a boolean third argument is capture (also for removeEventListener: DOM §2.7 "flatten" and WPT's workers/interfaces/DedicatedWorkerGlobalScope/EventTarget.worker.js; Node 20 and 24 read only an options object's capture there); a passive listener's preventDefault is ignored (DOM standard, as Node 24; Node 20 lets it cancel), stopImmediatePropagation still stops
const et = new EventTarget();
const f = (e) => console.log('f', e.eventPhase);
et.addEventListener('x', f, true);
et.addEventListener('x', f, false);
et.dispatchEvent(new Event('x'));
// removeEventListener with a boolean removes the capture listener (the standard; Node keeps it)
et.removeEventListener('x', f, true);
console.log('-- after removeEventListener(f, true)');
et.dispatchEvent(new Event('x'));
et.removeEventListener('x', f, { capture: true });
console.log('-- after removeEventListener(f, { capture: true })');
et.dispatchEvent(new Event('x'));

console.log('-- passive');
const t2 = new EventTarget();
t2.addEventListener('p', (e) => { console.log('first stops'); e.stopImmediatePropagation(); });
t2.addEventListener('p', () => console.log('passive: skipped'), { passive: true });
t2.addEventListener('p', () => console.log('not passive: skipped'));
t2.dispatchEvent(new Event('p'));

console.log('-- passive listener calling preventDefault');
const t3 = new EventTarget();
t3.addEventListener('c', (e) => { e.preventDefault(); console.log('in passive, defaultPrevented', e.defaultPrevented); }, { passive: true });
const ev = new Event('c', { cancelable: true });
console.log('dispatch returns', t3.dispatchEvent(ev), ev.defaultPrevented);

console.log('-- options null and true');
const t4 = new EventTarget();
t4.addEventListener('n', () => console.log('null options'), null);
t4.addEventListener('n', () => console.log('undefined options'), undefined);
t4.dispatchEvent(new Event('n'));
