// An await loop over plain values and over resolved promises.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var N = Math.max(10, Math.floor(500000 * SCALE));

async function plain(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum = (sum + (await i)) % 1000003;
  return sum;
}

async function resolved(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum = (sum + (await Promise.resolve(i * 2))) % 1000003;
  return sum;
}

plain(N).then((a) => resolved(N).then((b) => console.log('checksum: ' + a + ' ' + b)));
