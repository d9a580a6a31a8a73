// a worker that works
require('worker_threads').parentPort.postMessage('fine');
