// EventTarget: listeners run in registration order, duplicates (same callback and capture) are ignored, removal and addition during a dispatch
const et = new EventTarget();
const log = (name) => (e) => console.log(name, e.type);
const a = log('a');
const b = log('b');
et.addEventListener('x', a);
et.addEventListener('x', b);
et.addEventListener('x', a); // duplicate: ignored
et.addEventListener('x', a, true); // capture: a distinct listener
et.addEventListener('x', a, { capture: false }); // duplicate again
console.log('dispatch returns', et.dispatchEvent(new Event('x')));

et.removeEventListener('x', a);
console.log('-- after removing a (non-capture)');
et.dispatchEvent(new Event('x'));
et.removeEventListener('x', a, { capture: true });
console.log('-- after removing a (capture)');
et.dispatchEvent(new Event('x'));

console.log('-- removal during dispatch');
const t2 = new EventTarget();
const second = () => console.log('second (should not run)');
t2.addEventListener('y', () => { console.log('first removes second'); t2.removeEventListener('y', second); });
t2.addEventListener('y', second);
t2.addEventListener('y', () => console.log('third'));
t2.dispatchEvent(new Event('y'));

console.log('-- addition during dispatch');
const t3 = new EventTarget();
let added = false;
t3.addEventListener('z', () => {
  console.log('z1');
  if (!added) {
    added = true;
    t3.addEventListener('z', () => console.log('z-added'));
  }
});
t3.dispatchEvent(new Event('z'));
console.log('-- second dispatch');
t3.dispatchEvent(new Event('z'));

console.log('-- types are strings');
const t4 = new EventTarget();
t4.addEventListener(1, (e) => console.log('got', typeof e.type, e.type));
t4.dispatchEvent(new Event('1'));
t4.addEventListener(null, (e) => console.log('got', e.type));
t4.dispatchEvent(new Event(null));
console.log('no listeners', new EventTarget().dispatchEvent(new Event('none')));
const t5 = new EventTarget();
t5.addEventListener('q', function (e) { console.log('this is target', this === t5, e.target === t5, e.currentTarget === t5, e.srcElement === t5); });
t5.dispatchEvent(new Event('q'));
