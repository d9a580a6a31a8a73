// several packages in one async pipeline with top-level await: it-pushable -> p-queue -> yocto-queue -> p-map + p-limit -> co, with eventemitter3 progress and ms
import EventEmitter from 'eventemitter3';
import { pushable } from 'it-pushable';
import PQueue from 'p-queue';
import pMap from 'p-map';
import pLimit from 'p-limit';
import Queue from 'yocto-queue';
import co from 'co';

const { default: ms } = await import('ms');
const sleep = (t, value) => new Promise(resolve => setTimeout(() => resolve(value), t));

const bus = new EventEmitter();
const progress = {};
bus.on('stage', name => { progress[name] = (progress[name] ?? 0) + 1; });
bus.once('stage', name => console.log('first progress event:', name));

// Stage 1: orders arrive on timers and are pushed into an async iterable.
const orders = pushable({ objectMode: true });
const incoming = [
  { id: 1, item: 'apple', qty: 3, at: 10 },
  { id: 2, item: 'pear', qty: 1, at: 40 },
  { id: 3, item: 'plum', qty: 6, at: 70 },
  { id: 4, item: 'fig', qty: 2, at: 100 },
];
for (const order of incoming) {
  setTimeout(() => {
    orders.push(order);
    bus.emit('stage', 'received');
  }, order.at);
}
setTimeout(() => orders.end(), 130);

// Stage 2: each order is priced by a p-queue task; priced lines collect in a yocto-queue.
const prices = { apple: 2, pear: 5, plum: 1, fig: 7 };
const pricing = new PQueue({ concurrency: 2 });
const priced = new Queue();
const pricingTasks = [];
for await (const order of orders) {
  console.log('received order', order.id, order.item, 'x' + order.qty);
  pricingTasks.push(pricing.add(async () => {
    await sleep(15);
    const line = { ...order, total: prices[order.item] * order.qty };
    priced.enqueue(line);
    bus.emit('stage', 'priced');
    return line.id;
  }));
}
console.log('stream ended; priced ids:', await Promise.all(pricingTasks));
await pricing.onIdle();
console.log('priced lines waiting:', priced.size);

// Stage 3: ship with p-map (2 at a time); ledger writes are serialised by p-limit.
const ledger = [];
const writeOne = pLimit(1);
const shipped = await pMap(priced.drain(), async line => {
  await sleep(line.qty * 30);
  await writeOne(async () => {
    await sleep(5);
    ledger.push(line.id);
  });
  bus.emit('stage', 'shipped');
  return `${line.item}:${line.total}`;
}, { concurrency: 2 });
console.log('shipped (input order):', shipped);
console.log('ledger (completion order):', ledger);

// Stage 4: a co() generator summarises the run.
const summary = await co(function* () {
  const totals = yield shipped.map(entry => Promise.resolve(Number(entry.split(':')[1])));
  const grandTotal = totals.reduce((a, b) => a + b, 0);
  const estimate = yield sleep(10, ms(ledger.length * 90 * 60 * 1000, { long: true }));
  return { grandTotal, estimate, average: ms(ms('1d') / ledger.length) };
});
console.log('summary:', summary);
console.log('progress:', progress, 'stage listeners left:', bus.listenerCount('stage'));
