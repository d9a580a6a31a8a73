// _writev batching: writes buffered while a write is in flight or while corked reach _writev together (chunks with encodings, allBuffers), uncork() flushes, nested cork needs as many uncorks, end() uncorks, and writableCorked/writableBuffer.
const { Writable } = require('stream');

const log = (...a) => console.log(...a);

const w = new Writable({
  decodeStrings: false,
  write(chunk, enc, cb) {
    log('  _write', JSON.stringify(String(chunk)), enc);
    setTimeout(cb, 1);
  },
  writev(chunks, cb) {
    log('  _writev', chunks.length, 'allBuffers', chunks.allBuffers,
      chunks.map((c) => `${String(c.chunk)}/${c.encoding}`).join(' '));
    setTimeout(cb, 1);
  },
});

w.write('first');
w.write('second', () => log('cb second'));
w.write(Buffer.from('third'), () => log('cb third'));
log('buffered', w.writableBuffer.length, 'length', w.writableLength);

setTimeout(() => {
  w.cork();
  w.cork();
  log('corked', w.writableCorked);
  w.write('c1');
  w.write('c2', 'latin1');
  w.uncork();
  log('after one uncork', w.writableCorked, 'buffered', w.writableBuffer.length);
  w.uncork();
  log('after two uncorks', w.writableCorked);
}, 20);

setTimeout(() => {
  w.cork();
  w.write('e1');
  w.write('e2');
  w.end('e3', () => log('end cb'));
  log('end() uncorked', w.writableCorked);
}, 40);
w.on('finish', () => log('finish'));

// Only _writev: single writes go through it too.
const v = new Writable({
  writev(chunks, cb) {
    log('v _writev', chunks.length, chunks.map((c) => String(c.chunk)).join('+'));
    cb();
  },
});
v.write('solo');
v.cork();
v.write('a');
v.write('b');
process.nextTick(() => v.uncork());

// Neither _write nor _writev.
const none = new Writable();
try {
  none.write('x');
} catch (e) {
  log('none', e.name, e.code, e.message);
}
