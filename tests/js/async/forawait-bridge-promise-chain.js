// push bridge fed by promise chains and queueMicrotask while the consumer runs: exact interleaving of pushes, deliveries and ticks.
let tick = 0;
(function t() { if (tick < 16) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

class Bridge {
  constructor() { this.queue = []; this.waiter = null; this.closed = false; }
  push(value) {
    console.log('push', value, 'at tick', tick, this.waiter ? '(consumer waiting)' : '(buffered)');
    if (this.waiter) { const w = this.waiter; this.waiter = null; w({ value, done: false }); }
    else this.queue.push(value);
  }
  close() { this.closed = true; if (this.waiter) { const w = this.waiter; this.waiter = null; w({ done: true }); } }
  next() {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift(), done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((r) => { this.waiter = r; });
  }
  [Symbol.asyncIterator]() { return this; }
}

const bridge = new Bridge();

(async () => {
  for await (const v of bridge) console.log('consumer got', v, 'at tick', tick);
  console.log('consumer done at tick', tick);
})();

// producer 1: a promise chain pushing every other hop
Promise.resolve()
  .then(() => bridge.push('p1-a'))
  .then(() => {})
  .then(() => bridge.push('p1-b'))
  .then(() => bridge.push('p1-c'));
// producer 2: queueMicrotask pushes, one nested
queueMicrotask(() => {
  bridge.push('q-1');
  queueMicrotask(() => bridge.push('q-2'));
});
// an async function producer awaiting between pushes
(async () => {
  await null;
  await null;
  bridge.push('af-1');
  await new Promise((r) => setTimeout(r, 0));
  bridge.push('af-2 (after timer)');
  bridge.close();
})();
console.log('sync end');
