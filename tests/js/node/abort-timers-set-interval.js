// timers/promises setInterval with { signal }: aborted before the first next(), during the wait for a tick, and between ticks
const { setInterval: every } = require('timers/promises');
(async () => {
  try {
    for await (const v of every(5, 'v', { signal: AbortSignal.abort('pre') })) console.log('never', v);
  } catch (e) {
    console.log('before', e.name, e.code, 'cause:', e.cause);
  }

  const ac = new AbortController();
  let n = 0;
  try {
    for await (const v of every(5, 'tick', { signal: ac.signal })) {
      n++;
      console.log(v, n);
      if (n === 2) setTimeout(() => ac.abort('stop now'), 1);
    }
  } catch (e) {
    console.log('during wait', e.name, e.message, 'cause:', e.cause, 'ticks', n);
  }

  // Aborted from inside the loop body: the next iteration throws
  const ac2 = new AbortController();
  let m = 0;
  try {
    for await (const v of every(5, 'x', { signal: ac2.signal })) {
      m++;
      console.log('body', v, m);
      ac2.abort(new Error('in body'));
    }
  } catch (e) {
    console.log('in body', e.name, e.cause.message, 'ticks', m);
  }

  // break without a signal stops the interval
  let k = 0;
  for await (const v of every(2, 'b')) {
    if (++k === 3) break;
  }
  console.log('break after', k);
  console.log('done');
})();
