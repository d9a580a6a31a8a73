// two for await consumers over different async generators running concurrently with a tick counter and a promise chain: exact microtask interleaving.
let tick = 0;
(function t() { if (tick < 16) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

async function* numbers() {
  yield 1;
  await null;
  yield 2;
  yield 3;
}
async function* letters() {
  yield* ['a', 'b']; // yield* over a sync iterable inside an async generator
  yield await Promise.resolve('c');
}

async function consumer(name, source) {
  for await (const v of source) console.log(name, v, 'at tick', tick);
  console.log(name, 'done at tick', tick);
}

const chain = Promise.resolve()
  .then(() => console.log('chain 1'))
  .then(() => console.log('chain 2'))
  .then(() => console.log('chain 3'));

Promise.all([consumer('N', numbers()), consumer('L', letters()), chain]).then(() => console.log('all settled at tick', tick));
console.log('sync end');
