// Bytes per small object: N objects {a: i, b: i + 1} kept alive in one array.
// bench/memory/run.py runs this with N = 0 and N = 1 000 000 and divides the peak-RSS
// difference by N.
var N = typeof MEMORY_N === 'number' ? MEMORY_N : 1000000;
var keep = new Array(N);
for (var i = 0; i < N; i++) keep[i] = { a: i, b: i + 1 };
var sum = 0;
for (var j = 0; j < N; j += 1000) sum += keep[j].b;
console.log('checksum: ' + sum);
