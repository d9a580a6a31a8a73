// bridge where the consumer is faster than the producer: each next() returns a pending promise, resolved by a setTimeout callback; end arrives while waiting.
class Bridge {
  constructor() { this.queue = []; this.waiters = []; this.ended = false; }
  push(value) {
    console.log('producer push', value, 'waiters', this.waiters.length);
    if (this.waiters.length) this.waiters.shift()({ value, done: false });
    else this.queue.push(value);
  }
  end() {
    console.log('producer end, waiters', this.waiters.length);
    this.ended = true;
    while (this.waiters.length) this.waiters.shift()({ value: undefined, done: true });
  }
  next() {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift(), done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    console.log('consumer waits');
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  [Symbol.asyncIterator]() { return this; }
}

const bridge = new Bridge();
let n = 0;
(function produce() {
  setTimeout(() => {
    n++;
    if (n <= 3) {
      bridge.push('item' + n);
      queueMicrotask(() => console.log('microtask after push', n));
      produce();
    } else {
      bridge.end();
    }
  }, 5);
})();

(async () => {
  console.log('consumer start');
  for await (const v of bridge) {
    console.log('consumer got', v);
    await null;
    console.log('consumer processed', v);
  }
  console.log('consumer saw end');
})();
console.log('sync end');
