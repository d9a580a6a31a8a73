// bridge error signal: a producer error rejects the consumer's pending next(); buffered values are delivered before a buffered error; return() is not called.
let tick = 0;
function startTicks(n) { tick = 0; (function t() { if (tick < n) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })(); }

class Bridge {
  constructor(name) { this.name = name; this.queue = []; this.waiter = null; }
  settle(item) {
    if (this.waiter) { const w = this.waiter; this.waiter = null; item.error ? w.reject(item.error) : w.resolve(item); }
    else this.queue.push(item);
  }
  push(value) { this.settle({ value, done: false }); }
  fail(error) { console.log(this.name, 'producer fails, consumer waiting:', this.waiter !== null); this.settle({ error }); }
  next() {
    if (this.queue.length) {
      const item = this.queue.shift();
      return item.error ? Promise.reject(item.error) : Promise.resolve(item);
    }
    return new Promise((resolve, reject) => { this.waiter = { resolve, reject }; });
  }
  return() { console.log(this.name, 'return() called (unexpected)'); return Promise.resolve({ done: true }); }
  [Symbol.asyncIterator]() { return this; }
}

async function consume(bridge) {
  try {
    for await (const v of bridge) console.log(bridge.name, 'got', v, 'at tick', tick);
  } catch (e) {
    console.log(bridge.name, 'consumer caught', e.message, 'at tick', tick);
  } finally {
    console.log(bridge.name, 'consumer finally');
  }
}

// error while the consumer waits (from a timer)
const live = new Bridge('live');
consume(live).then(() => {
  // buffered values followed by a buffered error
  const buffered = new Bridge('buffered');
  buffered.push(1);
  buffered.push(2);
  buffered.fail(new Error('buffered failure'));
  startTicks(6);
  return consume(buffered);
}).then(() => console.log('all done'));
setTimeout(() => live.push('first'), 1);
setTimeout(() => live.fail(new Error('producer crashed')), 8);
console.log('sync end');
