// two consumers pulling from one async generator: requests queue inside the generator, values are split between loops, and one loop's break closes it for both.
let tick = 0;
(function t() { if (tick < 12) Promise.resolve().then(() => { console.log('tick', ++tick); t(); }); })();

async function* source() {
  try {
    for (let i = 1; i <= 6; i++) {
      console.log('gen yields', i, 'at tick', tick);
      yield i;
    }
  } finally {
    console.log('gen finally at tick', tick);
  }
}

const gen = source();
// async generator objects return themselves from Symbol.asyncIterator
console.log('same object', gen[Symbol.asyncIterator]() === gen);

async function consumer(name, stopAt) {
  for await (const v of gen) {
    console.log(name, 'got', v, 'at tick', tick);
    if (v === stopAt) { console.log(name, 'breaks'); break; }
  }
  console.log(name, 'loop over at tick', tick);
}

Promise.all([consumer('X', 3), consumer('Y', -1)]).then(async () => {
  console.log('after both');
  const r = await gen.next();
  console.log('next after close', JSON.stringify(r));
});
console.log('sync end');
