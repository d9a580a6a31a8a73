// Writable.destroy(): pending and buffered write callbacks get ERR_STREAM_DESTROYED (or the destroy error), write() after destroy fails with ERR_STREAM_DESTROYED, end() after destroy, destroy during _final, and the events seen.
const { Writable } = require('stream');

const log = (...a) => console.log(...a);

function make(name, opts = {}) {
  const w = new Writable({
    write(chunk, enc, cb) {
      log(name, '_write', String(chunk));
      setTimeout(cb, 5);
    },
    ...opts,
  });
  for (const ev of ['finish', 'error', 'close']) {
    w.on(ev, (e) => log(name, 'event', ev, e ? `${e.code || ''} ${e.message}` : ''));
  }
  return w;
}

const steps = [
  () => {
    const w = make('pending');
    w.write('a', (err) => log('pending cb a', err && err.code));
    w.write('b', (err) => log('pending cb b', err && err.code));
    w.end((err) => log('pending end cb', err && err.code));
    w.destroy();
    log('pending destroyed', w.destroyed, 'writable', w.writable, 'writableAborted', w.writableAborted);
  },
  () => {
    const w = make('withError');
    w.write('a', (err) => log('withError cb a', err && err.message));
    w.write('b', (err) => log('withError cb b', err && err.message));
    w.destroy(new Error('kaput'));
  },
  () => {
    const w = make('afterDestroy');
    w.destroy();
    const ret = w.write('late', (err) => log('afterDestroy write cb', err && err.code, err && err.message));
    log('afterDestroy write ->', ret);
    w.end((err) => log('afterDestroy end cb', err && err.code));
  },
  () => {
    const w = make('inFinal', {
      write(c, e, cb) { cb(); },
      final(cb) {
        log('inFinal _final');
        this.destroy(new Error('destroyed in final'));
        cb();
      },
    });
    w.end('x');
  },
  () => {
    const w = make('writeError', {
      write(chunk, enc, cb) {
        cb(new Error('cannot write ' + chunk));
      },
    });
    w.write('a', (err) => log('writeError cb', err && err.message));
    log('writeError write returned, errored', w.errored && w.errored.message);
    log('writeError second write ->', w.write('b', (err) => log('writeError cb b', err && err.message)));
  },
  () => {
    const w = make('asyncWriteError', {
      write(chunk, enc, cb) {
        setTimeout(() => cb(new Error('async fail')), 1);
      },
    });
    w.write('a', (err) => log('asyncWriteError cb a', err && err.message));
    w.write('b', (err) => log('asyncWriteError cb b', err && err.message));
  },
];

let i = 0;
function next() {
  if (i < steps.length) {
    log('--- step', i);
    steps[i++]();
    setTimeout(next, 30);
  }
}
next();
