// Arrays: push, sort with a comparator, map, filter and reduce.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var N = Math.max(10, Math.floor(200000 * SCALE));
var ROUNDS = 5;

let seed = 12345;
function random() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

let check = 0;
for (let r = 0; r < ROUNDS; r++) {
  const a = [];
  for (let i = 0; i < N; i++) a.push(random() % 100000);
  a.sort((x, y) => x - y);
  const b = a.map((x) => x * 2 + 1).filter((x) => x % 3 !== 0);
  check = (check + b.reduce((s, x) => (s + x) % 1000003, 0) + a[0] + a[a.length - 1]) % 1000003;
}
console.log('checksum: ' + check);
