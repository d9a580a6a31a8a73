// worker: reports how it was started
const { parentPort, workerData } = require('worker_threads');
parentPort.postMessage(`started via ${workerData}; file ${require('path').basename(__filename)}`);
