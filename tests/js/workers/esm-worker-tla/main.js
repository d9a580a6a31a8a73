// a worker file that is an ES module (.mjs) uses static imports and top-level await before posting its result
const { Worker } = require('worker_threads');
const path = require('path');

const w = new Worker(path.join(__dirname, 'worker.mjs'), { workerData: { n: 10 } });
const log = [];
let online = 0;
w.on('online', () => online++);
w.on('message', (m) => log.push(m));
w.on('error', (e) => log.push('error ' + e.message));
w.on('exit', (code) => {
  log.push('exit ' + code);
  console.log('online events:', online);
  for (const entry of log) console.log(entry);
});
