// worker: reports its own file name
const { parentPort } = require('worker_threads');
const path = require('path');
parentPort.postMessage('running ' + path.basename(__filename) + ' in ' + path.basename(__dirname));
