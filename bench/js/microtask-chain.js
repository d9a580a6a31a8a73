// A long chain of promise jobs whose callbacks contain no loop and no call of their own:
// memory must stay flat, so the job queue has to be a collection point (peak RSS is the
// figure that matters here).
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var N = Math.max(1000, Math.floor(2000000 * SCALE));

var n = 0;
var check = 0;
function go(v) {
  check = (check * 31 + (v | 0)) % 1000003;
  if (++n < N) Promise.resolve(n).then(go);
  else console.log('checksum: ' + check);
}
go(0);
