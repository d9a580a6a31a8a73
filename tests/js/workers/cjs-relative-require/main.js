// a worker file requires CommonJS modules relative to its own location (./lib/...), not the parent's or the cwd
const { Worker } = require('worker_threads');
const path = require('path');

const w = new Worker(path.join(__dirname, 'lib', 'worker.js'), { workerData: [3, 4, 5] });
w.on('message', (m) => console.log(m));
w.on('error', (e) => console.log('error', e.message));
w.on('exit', (code) => console.log('exit', code));
