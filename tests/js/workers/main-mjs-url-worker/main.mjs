// an ES module main starts a worker from new URL('./worker.mjs', import.meta.url) and awaits its messages with events.once
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';

// both promises are created before awaiting: 'exit' may follow the last message without a pause
const w = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: 'ping' });
const message = once(w, 'message');
const exit = once(w, 'exit');
console.log('reply:', (await message)[0]);
console.log('exit', (await exit)[0]);

const w2 = new Worker(new URL('worker.mjs', import.meta.url), { workerData: 'second' });
const message2 = once(w2, 'message');
const exit2 = once(w2, 'exit');
console.log('reply 2:', (await message2)[0]);
console.log('exit 2', (await exit2)[0]);
