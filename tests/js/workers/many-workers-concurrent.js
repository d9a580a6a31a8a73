// sixteen workers started at once each compute a value; results collected and printed sorted by index
const { Worker } = require('worker_threads');

const N = 16;
const results = [];
let done = 0;
for (let i = 0; i < N; i++) {
  const w = new Worker(`
    const { parentPort, workerData } = require('worker_threads');
    let s = 0;
    for (let k = 0; k <= workerData * 1000; k++) s += k;
    parentPort.postMessage({ i: workerData, s });
  `, { eval: true, workerData: i });
  w.on('message', (m) => results.push(m));
  w.on('exit', (code) => {
    if (code !== 0) console.log('exit', code);
    if (++done === N) {
      results.sort((a, b) => a.i - b.i);
      for (const r of results) console.log(r.i, r.s);
    }
  });
}
