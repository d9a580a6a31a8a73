// worker: an ES module with top-level await
import { parentPort, workerData, isMainThread } from 'node:worker_threads';
import { square, label } from './dep.mjs';

parentPort.postMessage(`module evaluating, isMainThread=${isMainThread}, type of require: ${typeof require}`);
const delayed = await new Promise((resolve) => setTimeout(() => resolve(square(workerData.n)), 10));
parentPort.postMessage({ delayed, label, meta: import.meta.url.endsWith('/worker.mjs') });
const dynamic = await import('./dep.mjs');
parentPort.postMessage(`dynamic import same module: ${dynamic.square === square}`);
