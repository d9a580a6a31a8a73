// Recursive fib(30): calls, arguments and returns.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var K = SCALE >= 1 ? 30 : 20;

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log('checksum: ' + fib(K));
