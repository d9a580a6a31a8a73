// EventTarget addEventListener { once: true }: runs a single time, is removed before it runs, and can be registered again
const et = new EventTarget();
let n = 0;
const handler = (e) => {
  n++;
  console.log('once handler', e.type, n);
};
et.addEventListener('x', handler, { once: true });
et.addEventListener('x', () => console.log('always'));
et.dispatchEvent(new Event('x'));
et.dispatchEvent(new Event('x'));
console.log('count', n);

// A once listener that dispatches again: it was removed before being called
const t2 = new EventTarget();
t2.addEventListener('y', (e) => {
  console.log('y once, dispatching a new event');
  t2.dispatchEvent(new Event('y'));
}, { once: true });
t2.dispatchEvent(new Event('y'));

// Re-adding the same callback after it fired
et.addEventListener('x', handler, { once: true });
et.dispatchEvent(new Event('x'));
console.log('count', n);

// once and non-once for the same callback are the same listener
const t3 = new EventTarget();
const f = () => console.log('f');
t3.addEventListener('z', f, { once: true });
t3.addEventListener('z', f);
t3.dispatchEvent(new Event('z'));
t3.dispatchEvent(new Event('z'));

// Removing a once listener before it fires
const t4 = new EventTarget();
const g = () => console.log('g should not run');
t4.addEventListener('w', g, { once: true });
t4.removeEventListener('w', g);
t4.dispatchEvent(new Event('w'));
console.log('options getters read', (() => {
  const seen = [];
  const opts = {};
  for (const k of ['capture', 'once', 'passive', 'signal']) {
    Object.defineProperty(opts, k, { get() { seen.push(k); return undefined; } });
  }
  new EventTarget().addEventListener('v', () => {}, opts);
  return seen.join(',');
})());
