// a pool of 3 workers answers 9 jobs, each with a ReadableStream of results; main reads the streams as they arrive and prints them in job order
const { Worker, isMainThread, parentPort, threadId } = require('worker_threads');
if (isMainThread) {
  const jobs = Array.from({ length: 9 }, (_, id) => ({ id, n: id + 1 }));
  const results = new Map();
  const threads = new Set();
  const workers = [];
  let next = 0;
  let done = 0;
  for (let k = 0; k < 3; k++) {
    const w = new Worker(__filename);
    workers.push(w);
    const feed = () => { if (next < jobs.length) w.postMessage(jobs[next++]); };
    w.on('message', async ({ id, thread, stream }) => {
      threads.add(thread);
      const items = [];
      for await (const x of stream) items.push(x);
      results.set(id, items);
      feed();
      if (++done === jobs.length) {
        for (const [id2, items2] of [...results].sort((a, b) => a[0] - b[0])) console.log(`job ${id2}:`, items2.join(' '));
        console.log('threads used <= 3:', threads.size <= 3, 'main never used:', !threads.has(0));
        for (const w2 of workers) w2.postMessage(null);
      }
    });
    w.on('exit', (c) => { if (c !== 0) console.log('exit', c); });
    feed();
  }
} else {
  parentPort.on('message', (job) => {
    if (job === null) return parentPort.close();
    let i = 0;
    const stream = new ReadableStream({
      async pull(c) {
        await new Promise((r) => setImmediate(r));
        i++;
        c.enqueue(`${job.n}^${i}=${job.n ** i}`);
        if (i === job.n % 4 + 1) c.close();
      },
    });
    parentPort.postMessage({ id: job.id, thread: threadId, stream }, [stream]);
  });
}
