// queue-and-promise bridge (AsyncIterableBridge style): values and the end signal pushed before the consumer starts are drained in order, each step one await.
let tick = 0;
(function t() { if (tick < 12) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

class Bridge {
  constructor() { this.queue = []; this.pending = null; this.done = false; }
  push(value) {
    if (this.done) { console.log('push after end ignored:', value); return; }
    if (this.pending) { const p = this.pending; this.pending = null; p.resolve({ value, done: false }); }
    else this.queue.push({ value, done: false });
  }
  end() {
    this.done = true;
    if (this.pending) { const p = this.pending; this.pending = null; p.resolve({ value: undefined, done: true }); }
  }
  next() {
    if (this.queue.length) return Promise.resolve(this.queue.shift());
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => { this.pending = { resolve, reject }; });
  }
  return() { this.done = true; this.queue.length = 0; return Promise.resolve({ value: undefined, done: true }); }
  [Symbol.asyncIterator]() { return this; }
}

const bridge = new Bridge();
for (const v of ['a', 'b', 'c']) bridge.push(v);
bridge.end();
bridge.push('late');

async function consume(name, src) {
  const got = [];
  for await (const v of src) { got.push(v); console.log(name, 'got', v, 'at tick', tick); }
  console.log(name, 'finished with', got.join(','), 'at tick', tick);
}

consume('c1', bridge).then(() => {
  // a second bridge: some values buffered, the rest (and the end) arrive while the consumer waits
  const b2 = new Bridge();
  b2.push(1);
  b2.push(2);
  const p = consume('c2', b2);
  Promise.resolve().then(() => b2.push(3)).then(() => b2.push(4)).then(() => b2.end());
  return p;
}).then(() => console.log('all done at tick', tick));
console.log('sync end');
