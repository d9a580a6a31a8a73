// Arrays of 100 000 numbers built and dropped one after another: the collector must count
// element storage, or dropped arrays pile up (peak RSS is the figure that matters here).
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var ROUNDS = Math.max(3, Math.floor(300 * SCALE));

var check = 0;
for (var r = 0; r < ROUNDS; r++) {
  var a = [];
  for (var i = 0; i < 100000; i++) a.push(i * r);
  check = (check + a[r % 100000] + a.length) % 1000003;
}
console.log('checksum: ' + check);
