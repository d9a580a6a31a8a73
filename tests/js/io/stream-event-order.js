// The event order of a Writable's life: write callbacks, 'drain', _final, 'prefinish', 'finish', end() callback, 'close', with nextTick and microtask markers showing in which tick each happens; also for a Readable and a Transform.
const { Writable, Readable, Transform } = require('stream');

const events = [];
const mark = (s) => events.push(s);

const w = new Writable({
  highWaterMark: 2,
  write(chunk, enc, cb) {
    mark(`_write(${chunk})`);
    if (String(chunk) === 'async') setTimeout(cb, 1);
    else cb();
  },
  final(cb) {
    mark('_final');
    process.nextTick(() => {
      mark('_final cb');
      cb();
    });
  },
  destroy(err, cb) {
    mark('_destroy');
    cb(err);
  },
});
for (const ev of ['drain', 'prefinish', 'finish', 'close', 'error']) w.on(ev, () => mark(`event ${ev}`));
mark(`write sync -> ${w.write('sync', () => mark('cb sync'))}`);
mark(`write async -> ${w.write('async', () => mark('cb async'))}`);
mark(`write more -> ${w.write('more', () => mark('cb more'))}`);
w.end('last', () => mark('end cb'));
mark('after end()');
process.nextTick(() => mark('tick 1'));
Promise.resolve().then(() => mark('microtask 1'));

const r = new Readable({
  read() {
    mark('_read');
    this.push('r1');
    this.push(null);
  },
});
for (const ev of ['readable', 'end', 'close', 'pause', 'resume']) r.on(ev, () => mark(`r event ${ev}`));
r.on('data', (c) => mark(`r data ${c}`));

const t = new Transform({
  transform(c, e, cb) { mark(`t _transform ${c}`); cb(null, c); },
  flush(cb) { mark('t _flush'); cb(); },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => mark(`t event ${ev}`));
t.on('data', (c) => mark(`t data ${c}`));
t.end('T');

setTimeout(() => {
  for (const e of events) console.log(e);
}, 30);
