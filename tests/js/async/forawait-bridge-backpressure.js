// pull-based bridge with backpressure: the producer only advances when the consumer calls next(); return() on break stops the producer and rejects nothing.
let tick = 0;
(function t() { if (tick < 16) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

function pullBridge(produce) {
  let stopped = false;
  let step = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next() {
      if (stopped) { console.log('next after stop'); return Promise.resolve({ value: undefined, done: true }); }
      step++;
      console.log('demand', step, 'at tick', tick);
      return produce(step).then((value) => {
        if (stopped) { console.log('produced', value, 'after stop, dropped'); return { value: undefined, done: true }; }
        console.log('produced', value, 'at tick', tick);
        return { value, done: value === undefined };
      });
    },
    return() {
      console.log('consumer stopped the producer at step', step, 'tick', tick);
      stopped = true;
      return Promise.resolve({ value: undefined, done: true });
    },
  };
}

// producer via promise chains: value n takes n microtask hops
const chainProducer = (n) => {
  let p = Promise.resolve();
  for (let i = 0; i < n; i++) p = p.then(() => {});
  return p.then(() => (n <= 5 ? 'chain' + n : undefined));
};
// producer via timers
const timerProducer = (n) => new Promise((r) => setTimeout(() => r('timer' + n), 2));

async function main() {
  for await (const v of pullBridge(chainProducer)) {
    console.log('consume', v);
    if (v === 'chain3') break;
  }
  console.log('chain consumer done at tick', tick);
  let count = 0;
  for await (const v of pullBridge(timerProducer)) {
    console.log('consume', v);
    if (++count === 2) break;
  }
  console.log('timer consumer done');
  for await (const v of pullBridge((n) => Promise.resolve(n < 3 ? 'fast' + n : undefined))) console.log('consume', v);
  console.log('fast producer ran to completion');
}

main();
console.log('sync end');
