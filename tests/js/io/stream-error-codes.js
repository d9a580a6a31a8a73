// The coded errors of node:stream: push after EOF, write after end, unshift after 'end', callback called twice, _read not implemented, pipe from a Writable, end() after finish, an unknown encoding, and null chunks; each printed as name, code and message.
const { Readable, Writable, Transform } = require('stream');

const log = (...a) => console.log(...a);
const show = (label) => (e) => log(label, e.name, e.code, e.message);

const steps = [
  () => {
    const r = new Readable({ read() {} });
    r.on('error', show('push after EOF:'));
    r.push(null);
    r.push('more');
  },
  () => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on('error', show('write after end (event):'));
    w.end();
    const ret = w.write('x', (err) => show('write after end (callback):')(err));
    log('write after end returned', ret);
  },
  () => {
    const r = new Readable({ read() {} });
    r.on('error', show('unshift after end:'));
    r.on('end', () => {
      r.unshift('back');
    });
    r.resume();
    r.push(null);
  },
  () => {
    const w = new Writable({
      write(c, e, cb) {
        cb();
        cb();
      },
    });
    w.on('error', show('multiple callback:'));
    w.write('x');
  },
  () => {
    const r = new Readable();
    r.on('error', show('_read missing:'));
    r.read();
  },
  () => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on('error', show('pipe a Writable:'));
    w.pipe(new Writable());
  },
  () => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.end();
    w.on('finish', () => {
      w.end((err) => show('end after finish:')(err));
    });
  },
  () => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    try {
      w.write('x', 'no-such-encoding');
    } catch (e) {
      show('unknown encoding:')(e);
    }
    try {
      w.setDefaultEncoding('klingon');
    } catch (e) {
      show('setDefaultEncoding:')(e);
    }
    log('setDefaultEncoding(HEX) ->', w.setDefaultEncoding('HEX') === w, w._writableState.defaultEncoding);
    try {
      new Readable({ defaultEncoding: 'nope' });
    } catch (e) {
      show('Readable defaultEncoding:')(e);
    }
  },
  () => {
    const t = new Transform({
      transform(c, e, cb) {
        cb();
      },
      final(cb) {
        cb();
        cb();
      },
    });
    t.on('error', show('final twice:'));
    t.resume();
    t.end();
  },
  () => {
    const r = new Readable({ read() {} });
    r.on('error', show('push invalid chunk:'));
    r.push({});
    log('errored after bad push', r.errored && r.errored.code);
  },
];

let i = 0;
function next() {
  if (i < steps.length) {
    log('--- step', i);
    steps[i++]();
    setTimeout(next, 10);
  }
}
next();
