// events.addAbortListener: called once on abort (in a microtask when already aborted), survives stopImmediatePropagation, disposable removes it
const events = require('events');
const { addAbortListener } = events;
console.log(typeof addAbortListener, Object.keys(events).includes('addAbortListener'));
const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => {
  console.log('first listener stops immediate propagation');
  e.stopImmediatePropagation();
});
ac.signal.addEventListener('abort', () => console.log('plain listener: skipped'));
const disposable = addAbortListener(ac.signal, (e) => console.log('abort listener', e.type, ac.signal.reason));
console.log('disposable keys', Object.getOwnPropertySymbols(disposable).length, Object.getPrototypeOf(disposable));
ac.abort('go');

const ac2 = new AbortController();
const d2 = addAbortListener(ac2.signal, () => console.log('removed: never'));
d2[Object.getOwnPropertySymbols(d2)[0]]();
ac2.abort();
console.log('disposed listener did not run');

addAbortListener(AbortSignal.abort(), (...args) => console.log('already aborted: called later with', args.length, 'args'));
console.log('sync code done');
for (const [signal, listener] of [[undefined, () => {}], [{}, () => {}], [new AbortController().signal, 'x']]) {
  try {
    addAbortListener(signal, listener);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
