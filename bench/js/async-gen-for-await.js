// An async generator consumed by for await: each value awaits inside the generator and
// crosses the request queue.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var N = Math.max(10, Math.floor(200000 * SCALE));

async function* produce(n) {
  for (let i = 0; i < n; i++) {
    const v = await i;
    yield v * 3;
  }
}

async function consume() {
  let sum = 0;
  for await (const v of produce(N)) sum = (sum + v) % 1000003;
  return sum;
}

consume().then((s) => console.log('checksum: ' + s));
