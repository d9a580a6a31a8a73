// Duplex.from: from an async generator function (written chunks in, yielded chunks out), from an async function consuming the input, from { readable, writable }, from a promise, from an iterable, passing a Duplex through, and a bad argument.
const { Duplex, Readable, Writable, PassThrough } = require('stream');

const log = (...a) => console.log(...a);

async function main() {
  const d = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).split('').reverse().join('');
  });
  d.write('abc');
  d.end('xyz');
  log('generator duplex', (await d.toArray()).join(','));

  const seen = [];
  const consumer = Duplex.from(async function (source) {
    for await (const c of source) seen.push(String(c));
  });
  consumer.end('only-writable');
  await new Promise((resolve) => consumer.on('finish', resolve));
  log('async function duplex', seen.join(','), 'readable', consumer.readable);

  const sunk = [];
  const pair = Duplex.from({
    readable: Readable.from(['r1', 'r2']),
    writable: new Writable({ write(c, e, cb) { sunk.push(String(c)); cb(); } }),
  });
  pair.end('w1');
  log('pair read', (await pair.toArray()).join(','));
  log('pair wrote', sunk.join(','));

  const fromPromise = Duplex.from(Promise.resolve('resolved value'));
  log('promise', (await fromPromise.toArray()).join(','));

  const fromIterable = Duplex.from(['i1', 'i2']);
  log('iterable', (await fromIterable.toArray()).join(','), 'writable', fromIterable.writable);

  const pt = new PassThrough();
  log('duplex passes through', Duplex.from(pt) === pt);

  try {
    Duplex.from(42);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}

main();
