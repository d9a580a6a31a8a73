// Event.returnValue setter (DOM standard, as Node 24; Node 20 has no setter): false cancels a cancelable event outside passive listeners, true never uncancels; passive listeners ignore both returnValue and preventDefault
'use strict';
const e = new Event('x', { cancelable: true });
e.returnValue = true;
console.log('true', e.defaultPrevented, e.returnValue);
e.returnValue = 0;
console.log('falsy', e.defaultPrevented, e.returnValue);
e.returnValue = true;
console.log('true again', e.defaultPrevented, e.returnValue);

const notCancelable = new Event('x');
notCancelable.returnValue = false;
console.log('not cancelable', notCancelable.defaultPrevented, notCancelable.returnValue);

const et = new EventTarget();
const seen = [];
et.addEventListener('p', (ev) => { ev.returnValue = false; ev.preventDefault(); seen.push(`passive ${ev.defaultPrevented}`); }, { passive: true });
et.addEventListener('p', (ev) => { seen.push(`next ${ev.defaultPrevented}`); ev.returnValue = false; seen.push(`after ${ev.defaultPrevented}`); });
const pe = new Event('p', { cancelable: true });
console.log('dispatch returns', et.dispatchEvent(pe), pe.defaultPrevented, seen.join(', '));

const obj = { handleEvent(ev) { ev.preventDefault(); console.log('handleEvent passive', ev.defaultPrevented); } };
const et2 = new EventTarget();
et2.addEventListener('q', obj, { passive: true });
console.log('dispatch returns', et2.dispatchEvent(new Event('q', { cancelable: true })));
