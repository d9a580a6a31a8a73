// yield* over sync iterators that yield promises/thenables: the async-from-sync wrapper awaits each
// value; a rejected value throws inside the delegating generator at the yield*.
function* values() {
  yield Promise.resolve('resolved');
  yield { then(res) { res('thenable'); } };
  yield new Promise(r => setTimeout(r, 5, 'timer'));
  yield 'plain';
}
function* failing() {
  yield 'before';
  yield Promise.reject(new Error('rejected value'));
  console.log('failing resumed (never)');
}
const returnsPromise = { [Symbol.iterator]() { return { next() { return { value: Promise.resolve('final'), done: true }; } }; } };
async function* outer() {
  yield* values();
  try {
    yield* failing();
  } catch (e) {
    console.log('outer caught', e.message);
  }
  const r = yield* returnsPromise;
  console.log('yield* result (awaited):', r);
}
(async () => {
  for await (const v of outer()) console.log('got', v, typeof v);
  console.log('loop done');
})();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
