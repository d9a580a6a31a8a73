// stream.finished (eos): called once after 'end'/'finish' (or 'close' for streams that emit it), with the error on 'error', with ERR_STREAM_PREMATURE_CLOSE on an early close, on the next tick for already-finished streams, the readable/writable options, and the cleanup function.
const { finished, Readable, Writable, PassThrough, Duplex } = require('stream');

const log = (...a) => console.log(...a);

const steps = [
  () => {
    const r = Readable.from(['a']);
    finished(r, (err) => log('readable finished', err, 'closed', r.closed));
    r.on('end', () => log('  end event'));
    r.on('close', () => log('  close event'));
    r.resume();
  },
  () => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    finished(w, (err) => log('writable finished', err));
    w.on('finish', () => log('  finish event'));
    w.end('x');
  },
  () => {
    const r = new Readable({ read() {} });
    finished(r, (err) => log('error ->', err.message));
    r.destroy(new Error('oops'));
  },
  () => {
    const r = new Readable({ read() {} });
    finished(r, (err) => log('premature ->', err.code, err.message));
    r.destroy();
  },
  () => {
    const r = Readable.from([]);
    r.resume();
    r.on('close', () => {
      finished(r, (err) => log('already closed ->', err));
      log('  registered after close');
    });
  },
  () => {
    const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
    finished(d, { readable: false }, (err) => log('duplex writable side only ->', err));
    d.end('x');
    setTimeout(() => d.destroy(), 5);
  },
  () => {
    const p = new PassThrough();
    const cleanup = finished(p, () => log('never called'));
    cleanup();
    p.destroy();
    log('cleanup removed listeners');
  },
  () => {
    const p = new PassThrough();
    finished(p, { error: false }, (err) => log('error:false ->', err && err.code));
    p.on('error', (e) => log('  own error listener', e.message));
    p.destroy(new Error('ignored by eos'));
  },
  () => {
    try {
      finished({}, () => {});
    } catch (e) {
      log(e.name, e.code, e.message);
    }
    try {
      finished(new PassThrough());
    } catch (e) {
      log(e.name, e.code, e.message);
    }
  },
];

let i = 0;
function next() {
  if (i < steps.length) {
    log('--- step', i);
    steps[i++]();
    setTimeout(next, 20);
  }
}
next();
