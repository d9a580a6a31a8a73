// Bytes per pending promise: N promises that never settle, kept alive in one array.
// bench/memory/run.py runs this with N = 0 and N = 1 000 000 and divides the peak-RSS
// difference by N.
var N = typeof MEMORY_N === 'number' ? MEMORY_N : 1000000;
var keep = new Array(N);
function never() {}
for (var i = 0; i < N; i++) keep[i] = new Promise(never);
console.log('checksum: ' + keep.length);
