// worker: awaits a promise that rejects
import { parentPort } from 'node:worker_threads';

parentPort.postMessage('before await');
await new Promise((resolve, reject) => setTimeout(() => reject(new RangeError('tla rejected')), 5));
parentPort.postMessage('not reached');
