// Event.stopImmediatePropagation stops the remaining listeners, stopPropagation and cancelBubble do not (single target)
const et = new EventTarget();
et.addEventListener('x', (e) => { console.log('1', e.cancelBubble); e.stopPropagation(); console.log('cancelBubble', e.cancelBubble); });
et.addEventListener('x', (e) => { console.log('2 still runs'); e.stopImmediatePropagation(); });
et.addEventListener('x', () => console.log('3 should not run'));
const ev = new Event('x');
et.dispatchEvent(ev);
console.log('cancelBubble after', ev.cancelBubble);

// The stop flag stays on the event: dispatching it again runs nothing
const t2 = new EventTarget();
t2.addEventListener('x', () => console.log('t2 listener'));
t2.dispatchEvent(ev);
console.log('re-dispatched stopped event');

// cancelBubble = false does not clear it
const e2 = new Event('y');
e2.cancelBubble = true;
e2.cancelBubble = false;
console.log('cancelBubble stays', e2.cancelBubble);

// stopImmediatePropagation before dispatch
const e3 = new Event('z');
e3.stopImmediatePropagation();
const t3 = new EventTarget();
t3.addEventListener('z', () => console.log('z not run'));
console.log('dispatch stopped event', t3.dispatchEvent(e3));
