// p-queue (ESM, extends eventemitter3, uses p-timeout): priorities, events, size/pending, onEmpty/onIdle, pause/start, per-task timeout
import PQueue from 'p-queue';

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

const queue = new PQueue({ concurrency: 1, autoStart: false });
console.log('paused:', queue.isPaused, 'concurrency:', queue.concurrency);

queue.on('active', () => console.log(`  event active (size ${queue.size}, pending ${queue.pending})`));
queue.on('completed', result => console.log('  event completed', result));
queue.on('error', error => console.log('  event error', error.message));
queue.on('idle', () => console.log('  event idle'));

const job = (name, ms) => async () => {
  console.log('run', name);
  await sleep(ms);
  return name;
};

const results = [
  queue.add(job('low-1', 10)),
  queue.add(job('high', 10), { priority: 10 }),
  queue.add(job('low-2', 10)),
  queue.add(job('mid', 10), { priority: 5 }),
  queue.add(job('urgent', 10), { priority: 100 }),
];
console.log('size before start:', queue.size, 'pending:', queue.pending);
console.log('sizeBy priority 0:', queue.sizeBy({ priority: 0 }));
queue.start();
console.log('started; size:', queue.size, 'pending:', queue.pending);

await queue.onEmpty();
console.log('onEmpty resolved; size:', queue.size, 'pending:', queue.pending);
await queue.onIdle();
console.log('onIdle resolved; size:', queue.size, 'pending:', queue.pending);
console.log('add() results:', await Promise.all(results));

// A failing task rejects its add() promise and emits 'error'.
const failed = queue.add(async () => {
  await sleep(5);
  throw new Error('task failed');
});
try {
  await failed;
} catch (err) {
  console.log('add() rejected:', err.message);
}
await queue.onIdle();
queue.removeAllListeners();

// Concurrency 2 with addAll, then a timeout on a slow task.
const wide = new PQueue({ concurrency: 2 });
const order = [];
const all = wide.addAll([150, 20, 30, 10].map(ms => async () => {
  order.push('start ' + ms);
  await sleep(ms);
  order.push('end ' + ms);
  return ms;
}));
console.log('pending right after addAll:', wide.pending, 'size:', wide.size);
console.log('addAll results:', await all);
console.log(order.join(', '));

const timed = new PQueue({ timeout: 20 });
try {
  await timed.add(() => sleep(200).then(() => 'too late'));
} catch (err) {
  console.log('timeout:', err.name);
}
console.log('fast task:', await timed.add(() => sleep(5).then(() => 'in time')));
