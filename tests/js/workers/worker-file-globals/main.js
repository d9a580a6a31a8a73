// inside a worker file: __filename/__dirname point at the worker file, process.argv[1] names it, common globals exist
const { Worker } = require('worker_threads');
const path = require('path');

const w = new Worker(path.join(__dirname, 'sub', 'the-worker.js'));
w.on('message', (m) => console.log(m));
w.on('error', (e) => console.log('error', e.message));
w.on('exit', (code) => console.log('exit', code));
