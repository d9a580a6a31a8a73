// Writable backpressure: write() returns false once writableLength reaches the highWaterMark, writableNeedDrain is set, buffered writes go through _write in order, and 'drain' comes after the buffer empties.
const { Writable } = require('stream');

const log = (...a) => console.log(...a);

const pending = [];
const w = new Writable({
  highWaterMark: 6,
  write(chunk, encoding, cb) {
    log('  _write', String(chunk), encoding, 'length', this.writableLength);
    pending.push(cb);
  },
});

function drive() {
  const cb = pending.shift();
  if (cb) {
    cb();
    setTimeout(drive, 1);
  }
}

for (const s of ['ab', 'cd', 'ef', 'gh']) {
  const ret = w.write(s, () => log('  cb', s));
  log('write', s, '->', ret, 'length', w.writableLength, 'needDrain', w.writableNeedDrain);
}
w.on('drain', () => {
  log('drain, length', w.writableLength, 'needDrain', w.writableNeedDrain);
  const ret = w.write('ij', () => log('  cb ij'));
  log('write ij ->', ret);
  w.end(() => log('end callback'));
});
w.on('finish', () => log('finish'));
w.on('close', () => log('close'));
setTimeout(drive, 1);

// A synchronous writer: backpressure still applies within the tick.
const s = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) {
    cb();
  },
});
log('sync write 1 ->', s.write('a'));
log('sync write 2 ->', s.write('bc'));
log('sync write 3 ->', s.write('d'));
log('sync needDrain', s.writableNeedDrain, 'length', s.writableLength);
s.on('drain', () => log('sync drain'));

// highWaterMark 0: every write returns false.
const z = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
log('hwm0 write ->', z.write('x'));
z.on('drain', () => log('hwm0 drain'));
