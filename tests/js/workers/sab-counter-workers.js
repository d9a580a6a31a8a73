// four workers increment a shared counter with Atomics.add 10000 times each; plain writes to separate slots are all visible
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');

if (isMainThread) {
  const sab = new SharedArrayBuffer(4 * 5);
  const i32 = new Int32Array(sab);
  let running = 4;
  for (let id = 1; id <= 4; id++) {
    const w = new Worker(__filename, { workerData: { sab, id } });
    w.on('exit', (code) => {
      if (code !== 0) console.log('worker', id, 'exit', code);
      if (--running === 0) {
        console.log('total', Atomics.load(i32, 0));
        console.log('slots', Array.from(i32.subarray(1)));
      }
    });
  }
} else {
  const { sab, id } = workerData;
  const i32 = new Int32Array(sab);
  for (let i = 0; i < 10000; i++) Atomics.add(i32, 0, 1);
  i32[id] = id * 111;
}
