// Promise .then chains: CHAINS chains of LENGTH reactions each, interleaved in the job queue.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var CHAINS = Math.max(2, Math.floor(100 * SCALE));
var LENGTH = 5000;

const ends = [];
for (let c = 0; c < CHAINS; c++) {
  let p = Promise.resolve(c);
  for (let i = 0; i < LENGTH; i++) p = p.then((v) => (v * 3 + i) % 1000003);
  ends.push(p);
}
Promise.all(ends).then((vs) => console.log('checksum: ' + vs.reduce((a, b) => (a + b) % 1000003, 0)));
