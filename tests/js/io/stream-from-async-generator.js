// Readable.from over an async generator: chunks arrive in order, `break` in for await destroys the stream and runs the generator's finally (return()), an error destroys the stream with it, and sync iterables, strings and null values.
const { Readable } = require('stream');

const log = (...a) => console.log(...a);

async function* numbers() {
  try {
    for (let i = 1; i <= 5; i++) {
      log('  yield', i);
      yield i;
    }
  } finally {
    log('  generator finally');
  }
}

async function main() {
  const r = Readable.from(numbers());
  log('objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);
  r.on('close', () => log('  close event'));
  for await (const n of r) {
    log('got', n);
    if (n === 2) break;
  }
  log('after break destroyed', r.destroyed);

  const e = Readable.from((async function* () {
    yield 'first';
    throw new Error('generator failed');
  })());
  e.on('error', (err) => log('  error event', err.message));
  try {
    for await (const v of e) log('got', v);
  } catch (err) {
    log('caught', err.message, 'destroyed', e.destroyed);
  }

  const s = Readable.from(new Set(['x', 'y']));
  log('set ->', (await s.toArray()).join(','));

  const str = Readable.from('whole string');
  log('string ->', JSON.stringify(await str.toArray()));

  const buf = Readable.from(Buffer.from('bytes'), { objectMode: false });
  log('buffer ->', (await buf.toArray()).map(String).join('|'));

  const withPromises = Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]);
  log('sync iterable of promises ->', (await withPromises.toArray()).join(','));

  const nul = Readable.from([1, null, 2]);
  try {
    await nul.toArray();
  } catch (err) {
    log(err.name, err.code, err.message);
  }

  try {
    Readable.from(42);
  } catch (err) {
    log(err.name, err.code, err.message);
  }

  // destroy() closes the iterator with return().
  const it = numbers();
  const d = Readable.from(it);
  d.once('data', (v) => {
    log('data', v);
    d.destroy();
  });
  d.on('close', () => log('destroyed from data, close'));
}

main();
