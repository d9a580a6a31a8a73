// timers/promises setImmediate with { signal }: aborted before the call or before the immediate runs
const { setImmediate: immediate } = require('timers/promises');
(async () => {
  try {
    await immediate('v', { signal: AbortSignal.abort() });
  } catch (e) {
    console.log('before', e.name, e.code, 'cause:', e.cause.name);
  }
  const ac = new AbortController();
  const p = immediate('v', { signal: ac.signal });
  ac.abort('sync abort');
  try {
    await p;
  } catch (e) {
    console.log('during', e.name, e.message, 'cause:', e.cause);
  }
  const ac2 = new AbortController();
  console.log('resolved', await immediate('value', { signal: ac2.signal }));
  ac2.abort();
  // Order with other immediates: the aborted one never resolves
  const ac3 = new AbortController();
  const results = [];
  const all = Promise.allSettled([
    immediate(1).then((v) => results.push(v)),
    immediate(2, { signal: ac3.signal }).then((v) => results.push(v), (e) => results.push(e.name)),
    immediate(3).then((v) => results.push(v)),
  ]);
  ac3.abort();
  await all;
  console.log(results.join(','));
  try {
    await immediate(undefined, { ref: 1 });
  } catch (e) {
    console.log(e.code, e.message);
  }
})();
