// a pool of 4 workers processes 40 jobs (each worker takes the next job when free); results are printed sorted by job id
const { Worker, isMainThread, parentPort, threadId } = require('worker_threads');

function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

if (isMainThread) {
  const jobs = Array.from({ length: 40 }, (_, i) => ({ id: i, n: i % 20 }));
  const results = [];
  const perWorker = new Map();
  let next = 0;
  let exited = 0;
  for (let k = 0; k < 4; k++) {
    const w = new Worker(__filename);
    const feed = () => {
      if (next < jobs.length) w.postMessage(jobs[next++]);
      else w.postMessage(null);
    };
    w.on('message', (r) => {
      results.push(r);
      perWorker.set(r.worker, (perWorker.get(r.worker) || 0) + 1);
      feed();
    });
    w.on('exit', (code) => {
      if (code !== 0) console.log('worker exit', code);
      if (++exited === 4) {
        results.sort((a, b) => a.id - b.id);
        for (const r of results) console.log(`job ${r.id}: fib(${r.n}) = ${r.value}`);
        console.log('jobs done:', results.length);
        console.log('distinct ids:', new Set(results.map((r) => r.id)).size);
        console.log('total by workers:', [...perWorker.values()].reduce((a, b) => a + b, 0));
        console.log('workers used <= 4:', perWorker.size <= 4);
      }
    });
    feed();
  }
} else {
  parentPort.on('message', (job) => {
    if (job === null) return parentPort.close();
    parentPort.postMessage({ id: job.id, n: job.n, value: fib(job.n), worker: threadId });
  });
}
