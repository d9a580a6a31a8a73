// EventTarget addEventListener { signal }: aborting removes the listener, an already aborted signal adds nothing
const et = new EventTarget();
const ac = new AbortController();
et.addEventListener('x', () => console.log('with signal'), { signal: ac.signal });
et.addEventListener('x', () => console.log('with signal, once'), { signal: ac.signal, once: true });
et.addEventListener('x', () => console.log('without signal'));
et.dispatchEvent(new Event('x'));
ac.abort();
console.log('-- after abort');
et.dispatchEvent(new Event('x'));

const t2 = new EventTarget();
t2.addEventListener('y', () => console.log('never'), { signal: AbortSignal.abort() });
console.log('dispatch on t2', t2.dispatchEvent(new Event('y')));

// The same signal for several targets
const ac2 = new AbortController();
const targets = [new EventTarget(), new EventTarget(), new EventTarget()];
targets.forEach((t, i) => t.addEventListener('z', () => console.log('target', i), { signal: ac2.signal }));
targets.forEach((t) => t.dispatchEvent(new Event('z')));
ac2.abort('stop');
targets.forEach((t) => t.dispatchEvent(new Event('z')));
console.log('reason', ac2.signal.reason);

// Aborting from inside the listener removes it for later dispatches
const t3 = new EventTarget();
const ac3 = new AbortController();
t3.addEventListener('w', () => { console.log('w runs, aborting'); ac3.abort(); }, { signal: ac3.signal });
t3.dispatchEvent(new Event('w'));
t3.dispatchEvent(new Event('w'));
console.log('done');
