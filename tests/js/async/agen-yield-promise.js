// yield awaits its operand: plain values, resolved/pending/nested promises, a promise with a foreign
// constructor (re-wrapped: extra ticks) and a Promise subclass all reach the consumer as plain values,
// at fixed ticks; a promise passed to next() is received as-is (not awaited).
let tick = 0; (function t() { if (tick < 16) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();
let resolveLater;
const pending = new Promise(r => { resolveLater = r; });
const foreign = Promise.resolve('foreign constructor');
Object.defineProperty(foreign, 'constructor', { get() { console.log('get constructor'); return Object; } });
class SubPromise extends Promise {}
async function* g() {
  const received = yield 'plain';
  console.log('received a promise from next():', received instanceof Promise);
  yield Promise.resolve('resolved promise');
  console.log('after resolved');
  yield pending;
  console.log('after pending');
  yield Promise.resolve(Promise.resolve('nested'));
  yield foreign;
  yield SubPromise.resolve('subclass');
}
async function consume() {
  const it = g();
  let arg;
  for (let i = 0; i < 7; i++) {
    const r = await it.next(arg);
    arg = Promise.resolve('argument');
    console.log('consumer got', r, 'value is promise:', r.value instanceof Promise);
  }
}
consume();
Promise.resolve().then(() => Promise.resolve().then(() => Promise.resolve().then(() => {
  console.log('resolving pending');
  resolveLater('pending promise');
})));
console.log('sync end');
