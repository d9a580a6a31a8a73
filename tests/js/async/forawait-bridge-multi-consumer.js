// one bridge, two concurrent consumers: pending next() requests are served FIFO; the end signal releases every waiting consumer.
class Bridge {
  constructor() { this.queue = []; this.waiters = []; this.ended = false; }
  push(value) { if (this.waiters.length) this.waiters.shift()({ value, done: false }); else this.queue.push(value); }
  end() { this.ended = true; for (const w of this.waiters.splice(0)) w({ value: undefined, done: true }); }
  next() {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift(), done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((r) => this.waiters.push(r));
  }
  [Symbol.asyncIterator]() { return this; }
}

const bridge = new Bridge();
const results = { A: [], B: [] };

async function consumer(name) {
  for await (const v of bridge) {
    results[name].push(v);
    console.log(name, 'got', v);
  }
  console.log(name, 'ended');
}

const a = consumer('A');
const b = consumer('B');
console.log('waiting consumers', bridge.waiters.length);

bridge.push(1); // to A (first waiter)
bridge.push(2); // to B
bridge.push(3); // buffered
Promise.resolve().then(() => {
  console.log('microtask: waiters', bridge.waiters.length, 'queued', bridge.queue.length);
  bridge.push(4);
});
setTimeout(() => { bridge.push(5); bridge.push(6); }, 5);
setTimeout(() => { console.log('ending with', bridge.waiters.length, 'waiters'); bridge.end(); }, 10);

Promise.all([a, b]).then(() => console.log('A:', results.A.join(','), 'B:', results.B.join(',')));
console.log('sync end');
