// timers/promises setTimeout with { signal }: rejects at once when already aborted, clears the timer and rejects with an AbortError (cause = reason) when aborted later
const { setTimeout: sleep } = require('timers/promises');
function show(label, e) {
  console.log(label, e.name, e.code, e.message, 'cause:', e.cause instanceof Error ? `${e.cause.name}: ${e.cause.message}` : e.cause);
}
(async () => {
  try {
    await sleep(10, 'v', { signal: AbortSignal.abort('already') });
  } catch (e) {
    show('before', e);
  }

  const ac = new AbortController();
  const start = Date.now();
  const p = sleep(100000, 'never', { signal: ac.signal });
  setTimeout(() => ac.abort(), 5);
  try {
    await p;
  } catch (e) {
    show('during', e);
  }
  console.log('did not wait for the timer', Date.now() - start < 1000);

  const ac2 = new AbortController();
  console.log('resolves normally', await sleep(1, 'value', { signal: ac2.signal }));
  ac2.abort();
  console.log('abort after resolve is harmless');

  const ac3 = new AbortController();
  const p3 = sleep(50, 'x', { signal: ac3.signal });
  ac3.abort(new RangeError('custom'));
  try {
    await p3;
  } catch (e) {
    show('custom reason', e);
  }

  // The timer of the aborted promise is cleared: nothing keeps the process alive
  const ac4 = new AbortController();
  sleep(100000, null, { signal: ac4.signal }).catch((e) => console.log('long timer aborted', e.name));
  ac4.abort();

  // Validation errors reject
  for (const [delay, opts] of [['1', {}], [1, null], [1, { signal: 1 }], [1, { ref: 'yes' }]]) {
    try {
      await sleep(delay, undefined, opts);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
})();
