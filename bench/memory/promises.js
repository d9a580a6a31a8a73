// Bytes per pending promise: N promises that never settle, kept alive in one array, each with
// one reaction registered (what `await p` or `p.then(f)` leaves behind).
var N = typeof MEMORY_N === 'number' ? MEMORY_N : 1000000;
var keep = new Array(N);
function onFulfilled(v) { return v; }
for (var i = 0; i < N; i++) {
  var p = new Promise(function () {});
  p.then(onFulfilled);
  keep[i] = p;
}
console.log('checksum: ' + keep.length);
