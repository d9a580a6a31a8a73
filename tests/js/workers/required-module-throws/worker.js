// worker: posts, then requires a module that throws
require('worker_threads').parentPort.postMessage('loading broken module');
require('./broken');
require('worker_threads').parentPort.postMessage('not reached');
