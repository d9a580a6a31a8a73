// Writable.end(): with a chunk, with an encoding, with only a callback, called twice, the callback after 'finish' and on error, and the timing of 'finish' for synchronous and asynchronous writers in byte and object mode.
const { Writable } = require('stream');

const events = [];
const mark = (s) => events.push(s);

function make(name, opts) {
  const w = new Writable({
    write(chunk, enc, cb) {
      mark(`${name} _write ${String(chunk)} ${enc}`);
      cb();
    },
    ...opts,
  });
  w.on('finish', () => mark(`${name} finish`));
  w.on('close', () => mark(`${name} close`));
  return w;
}

const a = make('a', { decodeStrings: false });
a.end('6869', 'hex', () => mark('a end cb'));
mark('a after end');
a.end(() => mark('a second end cb'));

const b = make('b', { objectMode: true });
b.write({});
b.end();
mark('b after end');

const c = make('c');
c.write('x');
c.end();
mark('c after end');

const d = make('d', {
  write(chunk, enc, cb) {
    setTimeout(cb, 1);
  },
});
d.end('async', () => mark('d end cb'));

const e = make('e', {
  final(cb) {
    cb(new Error('final failed'));
  },
});
e.on('error', (err) => mark(`e error ${err.message}`));
e.end((err) => mark(`e end cb ${err && err.message}`));

process.nextTick(() => mark('tick'));
Promise.resolve().then(() => mark('microtask'));

setTimeout(() => {
  const f = make('f');
  f.end();
  f.on('finish', () => {
    f.end((err) => mark(`f end after finish ${err.code}`));
  });
}, 10);

setTimeout(() => {
  for (const ev of events) console.log(ev);
}, 30);
