// highWaterMark on the readable side: push() returns false at the mark, _read stops being called until consumed, read(n) above the mark raises it to a power of two, and invalid marks throw ERR_INVALID_ARG_VALUE.
const { Readable, getDefaultHighWaterMark } = require('stream');

const log = (...a) => console.log(...a);

let n = 0;
const r = new Readable({
  highWaterMark: 5,
  read(size) {
    n++;
    log('_read #' + n, 'size', size, 'length', this.readableLength);
    if (n <= 4) {
      const ret = this.push('ab');
      log('  push(ab) ->', ret, 'length', this.readableLength);
    } else {
      log('  push(null) ->', this.push(null));
    }
  },
});
log('hwm', r.readableHighWaterMark, 'length', r.readableLength);

setTimeout(() => {
  log('buffered before consuming', r.readableLength);
  r.once('readable', () => {
    const got = r.read(7);
    log('read(7)', got && String(got), 'hwm now', r.readableHighWaterMark);
    r.on('readable', () => {
      let c;
      while ((c = r.read()) !== null) log('read', String(c));
    });
  });
  r.on('end', () => log('end'));
}, 10);

for (const hwm of [-1, 1.5, NaN, 'x']) {
  try {
    new Readable({ highWaterMark: hwm });
    log('hwm', hwm, 'accepted');
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}
log('default', getDefaultHighWaterMark(false), getDefaultHighWaterMark(true));
log('objectMode default', new Readable({ objectMode: true }).readableHighWaterMark);
log('hwm 0', new Readable({ highWaterMark: 0 }).readableHighWaterMark);
try {
  new Readable({ read() {} }).read(2 ** 31);
} catch (e) {
  log(e.name, e.code, e.message);
}
