// p-limit (ESM, depends on yocto-queue) caps concurrency of timer tasks: start/finish order, activeCount/pendingCount, map, limitFunction
import pLimit, { limitFunction } from 'p-limit';

const limit = pLimit(2);
console.log('concurrency', limit.concurrency, 'active', limit.activeCount, 'pending', limit.pendingCount);

const delays = { A: 200, B: 20, C: 30, D: 10, E: 40 };
const task = name => new Promise(resolve => {
  console.log('start ', name, `(active ${limit.activeCount}, pending ${limit.pendingCount})`);
  setTimeout(() => {
    console.log('finish', name);
    resolve(name.toLowerCase());
  }, delays[name]);
});

const promises = Object.keys(delays).map(name => limit(task, name));
console.log('queued: active', limit.activeCount, 'pending', limit.pendingCount);
await Promise.resolve();
console.log('after a microtask: active', limit.activeCount, 'pending', limit.pendingCount);
console.log('results', await Promise.all(promises));
console.log('idle: active', limit.activeCount, 'pending', limit.pendingCount);

// Rejections are passed through and do not block the queue.
const one = pLimit(1);
const outcomes = await Promise.allSettled([
  one(async () => { throw new Error('boom'); }),
  one(() => 'sync value'),
  one(async x => x * 3, 14),
]);
console.log(outcomes.map(o => o.status === 'fulfilled' ? o.value : 'rejected: ' + o.reason.message));

// limit.map and limitFunction.
const squares = await pLimit(3).map([1, 2, 3, 4], async (n, i) => {
  await new Promise(r => setTimeout(r, 10 * (5 - n)));
  return `${i}:${n * n}`;
});
console.log('map', squares);

let running = 0;
let peak = 0;
const fetchLike = limitFunction(async id => {
  running++;
  peak = Math.max(peak, running);
  await new Promise(r => setTimeout(r, 5 + id * 7));
  running--;
  return 'item' + id;
}, { concurrency: 2 });
console.log(await Promise.all([1, 2, 3, 4, 5].map(fetchLike)), 'peak', peak);

// Raising concurrency at run time starts queued tasks.
const grow = pLimit(1);
const log = [];
const jobs = [1, 2, 3].map(n => grow(() => new Promise(r => setTimeout(() => { log.push(n); r(); }, 40 - n * 10))));
grow.concurrency = 3;
await Promise.all(jobs);
console.log('after raising concurrency', log);

try {
  pLimit(0);
} catch (err) {
  console.log(err.name, err.message);
}
