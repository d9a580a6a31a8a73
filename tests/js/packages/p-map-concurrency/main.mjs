// p-map (ESM-only) maps with an async mapper under a concurrency limit: input order kept, pMapSkip, errors, pMapIterable over an async generator
import pMap, { pMapSkip, pMapIterable, pMapSettled } from 'p-map';

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

const sites = [
  { name: 'alpha', ms: 150 },
  { name: 'beta', ms: 20 },
  { name: 'gamma', ms: 40 },
  { name: 'delta', ms: 10 },
];
let active = 0;
const lengths = await pMap(sites, async (site, index) => {
  active++;
  console.log(`begin ${site.name} #${index} (active ${active})`);
  await sleep(site.ms);
  active--;
  console.log(`end   ${site.name}`);
  return site.name.length * 10 + index;
}, { concurrency: 2 });
console.log('results in input order:', lengths);

// pMapSkip drops elements; the mapper may also return plain values; input may hold promises.
const kept = await pMap([1, Promise.resolve(2), 3, 4, 5, 6], async n => (n % 2 === 0 ? pMapSkip : n * n), { concurrency: 3 });
console.log('skip odd squares:', kept);

// The first rejection rejects the whole map (stopOnError defaults to true).
try {
  await pMap([30, 10, 20], async ms => {
    await sleep(ms);
    if (ms === 10) throw new Error(`failed after ${ms}ms`);
    return ms;
  }, { concurrency: 3 });
} catch (err) {
  console.log('rejected:', err.message);
}

// stopOnError: false collects every error into an AggregateError, in input order.
try {
  await pMap(['a', 'bb', 'ccc'], async (s, i) => {
    await sleep(30 - i * 10);
    throw new RangeError('bad ' + s);
  }, { concurrency: Infinity, stopOnError: false });
} catch (err) {
  console.log(err.constructor.name, err.errors.map(e => e.message));
}

const settled = await pMapSettled([3, 0, 5], async n => {
  if (n === 0) throw new Error('zero');
  return 60 / n;
});
console.log('settled:', settled.map(r => r.status === 'fulfilled' ? r.value : r.reason.message));

// pMapIterable pulls lazily from an async iterable and yields mapped values in order.
async function* numbers() {
  for (let i = 1; i <= 5; i++) {
    console.log('  source yields', i);
    await sleep(5);
    yield i;
  }
}
const seen = [];
for await (const value of pMapIterable(numbers(), async n => {
  await sleep((6 - n) * 8);
  return n * 100;
}, { concurrency: 2, backpressure: 2 })) {
  seen.push(value);
}
console.log('pMapIterable:', seen);

try {
  await pMap([1], x => x, { concurrency: 0 });
} catch (err) {
  console.log(err.name, err.message);
}
