// next(v) ping-pong: every value goes into the generator through next(v) and a running
// total comes back out of yield.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var N = Math.max(10, Math.floor(2000000 * SCALE));

function* accumulator() {
  let total = 0;
  while (true) {
    const v = yield total;
    total = (total * 31 + v) % 1000003;
  }
}

const acc = accumulator();
acc.next();
let last = 0;
for (let i = 0; i < N; i++) last = acc.next(i).value;
console.log('checksum: ' + last);
