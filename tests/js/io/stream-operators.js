// Readable operators: map with concurrency (calls overlap but output keeps input order), filter, take, drop, flatMap, toArray, reduce (with and without an initial value, and on an empty stream), forEach, some, every, find, and argument errors.
const { Readable } = require('stream');

const log = (...a) => console.log(...a);
const delay = (ms, v) => new Promise((resolve) => setTimeout(() => resolve(v), ms));


async function main() {
  // The calls are settled by hand, in the order below, one event-loop turn apart.
  let running = 0;
  let maxRunning = 0;
  const settle = new Map();
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  const mappedPromise = Readable.from([1, 2, 3, 4, 5, 6]).map((x) => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    log('  start', x, 'running', running);
    return new Promise((resolve) => settle.set(x, () => {
      running--;
      log('  finish', x);
      resolve(x * 10);
    }));
  }, { concurrency: 3 }).toArray();
  for (const x of [2, 1, 4, 3, 6, 5]) {
    while (!settle.has(x)) await turn();
    settle.get(x)();
    await turn();
  }
  const mapped = await mappedPromise;
  log('map', mapped.join(','), 'max concurrent', maxRunning);

  const m = Readable.from([1, 2]).map((x) => x + 1);
  log('map returns Readable', m instanceof Readable, m.readableObjectMode);

  log('filter', (await Readable.from([1, 2, 3, 4, 5]).filter(async (x) => x % 2).toArray()).join(','));
  log('take', (await Readable.from([1, 2, 3, 4, 5]).take(2).toArray()).join(','));
  log('drop', (await Readable.from([1, 2, 3, 4, 5]).drop(3).toArray()).join(','));
  log('flatMap', (await Readable.from([1, 2]).flatMap((x) => [x, x * 100]).toArray()).join(','));
  log('chain', (await Readable.from([1, 2, 3, 4, 5, 6, 7, 8]).filter((x) => x > 2).map((x) => x * 2).take(3).toArray()).join(','));

  log('reduce', await Readable.from([1, 2, 3, 4]).reduce((acc, x) => acc + x, 0));
  log('reduce no initial', await Readable.from(['a', 'b', 'c']).reduce((acc, x) => acc + x));
  log('reduce empty with initial', await Readable.from([]).reduce((acc, x) => acc + x, 'init'));
  try {
    await Readable.from([]).reduce((acc, x) => acc + x);
  } catch (e) {
    log('reduce empty:', e.name, e.code, e.message);
  }

  const seen = [];
  const ret = await Readable.from(['p', 'q']).forEach(async (x) => { await delay(1); seen.push(x); });
  log('forEach', seen.join(','), ret);
  log('some', await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2, 3]).some((x) => x > 5));
  log('every', await Readable.from([1, 2, 3]).every((x) => x > 0), await Readable.from([1, 2, 3]).every((x) => x > 1));
  log('find', await Readable.from([1, 2, 3]).find((x) => x > 1), await Readable.from([1, 2, 3]).find((x) => x > 5));

  // The mapper's error rejects toArray and destroys the source.
  const src = Readable.from([1, 2, 3]);
  try {
    await src.map((x) => {
      if (x === 2) throw new Error('map failed at 2');
      return x;
    }).toArray();
  } catch (e) {
    log('map error:', e.message);
  }

  for (const bad of [() => Readable.from([]).map(5), () => Readable.from([]).map((x) => x, { concurrency: 0 }),
    () => Readable.from([]).take(-1), () => Readable.from([]).filter((x) => x, 'opts')]) {
    try {
      bad();
    } catch (e) {
      log(e.name, e.code, e.message);
    }
  }
  try {
    await Readable.from([]).reduce('nope');
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  try {
    new (Readable.prototype.map)();
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  log('names', Readable.prototype.map.name, Readable.prototype.map.length, Readable.prototype.reduce.length,
    Readable.prototype.toArray.name);
}

main();
