// throw() and return() through finally: each generator is closed early, by throw or by
// return, and its finally block runs (one of them yields again from finally).
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var N = Math.max(10, Math.floor(200000 * SCALE));

let cleanups = 0;
function* guarded(i) {
  try {
    yield i;
    yield i + 1;
  } finally {
    cleanups++;
    if (i % 3 === 0) yield -1;
  }
}

let sum = 0;
for (let i = 0; i < N; i++) {
  const g = guarded(i);
  sum += g.next().value;
  if (i % 2 === 0) {
    const r = g.return(i);
    sum += r.value;
    if (!r.done) sum += g.next().value;
  } else {
    try {
      const r = g.throw(new Error('stop'));
      sum += r.value;
      g.next();
    } catch (e) {
      sum += e.message.length;
    }
  }
  sum %= 1000003;
}
console.log('checksum: ' + sum + ' ' + cleanups);
