// yield* chains: each value crosses a delegation chain DEPTH generators deep.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var N = Math.max(10, Math.floor(100000 * SCALE));
var DEPTH = 10;

function* leaf(n) {
  for (let i = 0; i < n; i++) yield i;
  return n;
}

function* chain(depth, n) {
  if (depth === 0) return yield* leaf(n);
  const r = yield* chain(depth - 1, n);
  return r + 1;
}

let sum = 0;
const it = chain(DEPTH, N);
let step;
while (!(step = it.next()).done) sum = (sum + step.value) % 1000003;
console.log('checksum: ' + sum + ' ' + step.value);
