// BigInt64Array Atomics across threads: two workers add and exchange 64-bit values in a shared buffer
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(24);
const big = new BigInt64Array(sab);
big[1] = 2n ** 62n;
let done = 0;
for (let k = 0; k < 2; k++) {
  const w = new Worker(`
    const { workerData } = require('worker_threads');
    const big = new BigInt64Array(workerData);
    for (let i = 0; i < 5000; i++) Atomics.add(big, 0, 3n);
    Atomics.sub(big, 1, 1n);
    Atomics.compareExchange(big, 2, 0n, -1n);
  `, { eval: true, workerData: sab });
  w.on('exit', () => {
    if (++done === 2) console.log(Array.from(big));
  });
}
