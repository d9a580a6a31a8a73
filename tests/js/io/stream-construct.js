// _construct: reads, writes and destroy wait until the async constructor calls back; a construct error destroys the stream; a Duplex constructs once for both sides.
const { Readable, Writable, Duplex } = require('stream');

const log = (...a) => console.log(...a);

const r = new Readable({
  construct(cb) {
    log('r construct start');
    setTimeout(() => {
      log('r construct done');
      cb();
    }, 5);
  },
  read() {
    log('r _read');
    this.push('data');
    this.push(null);
  },
});
r.on('data', (c) => log('r data', String(c)));
r.on('end', () => log('r end'));
log('r constructed?', r._readableState.constructed);

const w = new Writable({
  construct(cb) {
    log('w construct start');
    setTimeout(() => {
      log('w construct done');
      cb();
    }, 15);
  },
  write(chunk, enc, cb) {
    log('w _write', String(chunk));
    cb();
  },
  final(cb) {
    log('w _final');
    cb();
  },
});
log('w write ->', w.write('early'), 'length', w.writableLength);
w.end('later');
w.on('finish', () => log('w finish'));
w.on('close', () => log('w close'));

setTimeout(() => {
  const bad = new Writable({
    construct(cb) {
      cb(new Error('construct failed'));
    },
    write(c, e, cb) { cb(); },
  });
  bad.on('error', (e) => log('bad error', e.message));
  bad.on('close', () => log('bad close'));
  bad.write('x', (err) => log('bad write cb', err && err.message));
}, 30);

setTimeout(() => {
  let constructs = 0;
  const d = new Duplex({
    construct(cb) {
      constructs++;
      setTimeout(cb, 2);
    },
    read() { this.push(null); },
    write(c, e, cb) { log('d _write', String(c)); cb(); },
  });
  d.resume();
  d.end('both');
  d.on('close', () => log('d close, constructs', constructs));
}, 50);

setTimeout(() => {
  const early = new Readable({
    construct(cb) {
      setTimeout(() => {
        log('early construct done');
        cb();
      }, 5);
    },
    read() {},
    destroy(err, cb) {
      log('early _destroy after construct', err && err.message);
      cb(err);
    },
  });
  early.on('error', (e) => log('early error', e.message));
  early.on('close', () => log('early close'));
  early.destroy(new Error('destroyed while constructing'));
}, 70);
