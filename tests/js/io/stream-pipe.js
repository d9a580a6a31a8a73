// pipe/unpipe: 'pipe' and 'unpipe' events, end() of the destination when the source ends, { end: false }, several destinations, unpipe() of one destination and of all.
const { Readable, Writable, PassThrough } = require('stream');

const log = (...a) => console.log(...a);

function sink(name, opts) {
  const w = new Writable({
    ...opts,
    write(chunk, enc, cb) {
      log(name, 'got', String(chunk));
      cb();
    },
  });
  w.on('pipe', (src) => log(name, 'pipe event', src instanceof Readable));
  w.on('unpipe', (src) => log(name, 'unpipe event', src instanceof Readable));
  w.on('finish', () => log(name, 'finish'));
  w.on('close', () => log(name, 'close'));
  return w;
}

const r = Readable.from(['a', 'b', 'c'], { objectMode: false });
const a = sink('A');
const b = sink('B');
const ret = r.pipe(a);
log('pipe returns dest', ret === a);
r.pipe(b, { end: false });
r.on('end', () => {
  log('source end; B ended?', b.writableEnded);
  setTimeout(() => {
    b.end('late');
  }, 5);
});

// unpipe one destination: the source pauses when none is left.
setTimeout(() => {
  const src = new PassThrough();
  const c = sink('C');
  const d = sink('D');
  src.pipe(c);
  src.pipe(d);
  src.write('one');
  setTimeout(() => {
    src.unpipe(c);
    log('after unpipe C, pipes', src._readableState.pipes.length, 'flowing', src.readableFlowing);
    src.write('two');
    setTimeout(() => {
      src.unpipe();
      log('after unpipe all, flowing', src.readableFlowing);
      src.write('three');
      src.end();
      setTimeout(() => log('three still buffered', src.readableLength), 5);
    }, 5);
  }, 5);
}, 20);

// Chained pipes.
setTimeout(() => {
  const p1 = new PassThrough();
  const p2 = new PassThrough();
  const e = sink('E');
  p1.pipe(p2).pipe(e);
  p1.end('chained');
}, 60);
