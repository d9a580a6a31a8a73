// Transform: _transform pushing zero, one or several chunks, the callback's data argument, _flush adding a trailer before 'end', errors from _transform and _flush, and the prefinish/finish/end/close order.
const { Transform } = require('stream');

const log = (...a) => console.log(...a);

const t = new Transform({
  transform(chunk, enc, cb) {
    const s = String(chunk);
    log('  _transform', s, enc);
    if (s === 'skip') return cb();
    if (s === 'twice') {
      this.push('t1');
      this.push('t2');
      return cb();
    }
    cb(null, s.toUpperCase());
  },
  flush(cb) {
    log('  _flush');
    this.push('[trailer-1]');
    cb(null, '[trailer-2]');
  },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => log('event', ev));
t.on('data', (c) => log('data', String(c)));
t.write('abc');
t.write('skip');
t.write('twice');
t.end('last');

// decodeStrings: false keeps strings and their encoding.
const s = new Transform({
  decodeStrings: false,
  transform(chunk, enc, cb) {
    log('  raw', typeof chunk, enc);
    cb(null, chunk);
  },
});
s.resume();
s.write('x', 'latin1');
s.end();

setTimeout(() => {
  const bad = new Transform({
    transform(chunk, enc, cb) {
      cb(new Error('transform failed on ' + chunk));
    },
  });
  bad.on('error', (e) => log('bad error', e.message, 'destroyed', bad.destroyed));
  bad.on('close', () => log('bad close'));
  bad.write('q', (err) => log('write cb', err && err.message));
}, 10);

setTimeout(() => {
  const badFlush = new Transform({
    transform(c, e, cb) { cb(null, c); },
    flush(cb) { cb(new Error('flush failed')); },
  });
  badFlush.resume();
  badFlush.on('error', (e) => log('flush error', e.message));
  badFlush.on('finish', () => log('flush finish (unexpected)'));
  badFlush.on('end', () => log('flush end (unexpected)'));
  badFlush.on('close', () => log('flush close'));
  badFlush.end('data');
}, 20);

setTimeout(() => {
  try {
    const noimpl = new Transform();
    noimpl.on('error', (e) => log('noimpl', e.name, e.code, e.message));
    noimpl.write('x');
  } catch (e) {
    log('threw', e.code);
  }
}, 30);
