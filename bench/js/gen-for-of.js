// Generator iteration through for-of: one generator object, N resumptions.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var N = Math.max(10, Math.floor(2000000 * SCALE));

function* range(n) {
  for (let i = 0; i < n; i++) yield i;
}

let sum = 0;
for (const x of range(N)) sum = (sum + x * 7) % 1000003;
console.log('checksum: ' + sum);
