// a Worker for a file that does not exist is created, then fails: an 'error' event (ERR_MODULE_NOT_FOUND or MODULE_NOT_FOUND code) and exit 1
const { Worker } = require('worker_threads');
const path = require('path');

const w = new Worker(path.join(__dirname, 'does-not-exist-worker.js'));
w.on('error', (e) => console.log('error event:', e instanceof Error, e.code));
w.on('exit', (code) => console.log('exit', code));
