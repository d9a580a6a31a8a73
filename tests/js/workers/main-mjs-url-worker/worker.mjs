// worker: echoes workerData with a suffix
import { parentPort, workerData } from 'node:worker_threads';

parentPort.postMessage(`${workerData} -> pong`);
