// Bytes per pending promise with one reaction (what `p.then(f)` or an `await p` leaves
// behind: the reaction record and the derived promise), N kept alive in one array.
var N = typeof MEMORY_N === 'number' ? MEMORY_N : 1000000;
var keep = new Array(N);
function never() {}
function onFulfilled(v) { return v; }
for (var i = 0; i < N; i++) {
  var p = new Promise(never);
  p.then(onFulfilled);
  keep[i] = p;
}
console.log('checksum: ' + keep.length);
