// A queueMicrotask storm: N microtasks in a binary tree, each queueing its two children.
// They run breadth-first, so the job with the highest index runs last and reports.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var N = Math.max(10, Math.floor(300000 * SCALE));

let ran = 0;
let sum = 0;
function job(i) {
  ran++;
  sum = (sum * 3 + i) % 1000003;
  if (2 * i + 1 < N) queueMicrotask(() => job(2 * i + 1));
  if (2 * i + 2 < N) queueMicrotask(() => job(2 * i + 2));
  if (i === N - 1) console.log('checksum: ' + sum + ' ' + ran);
}
queueMicrotask(() => job(0));
