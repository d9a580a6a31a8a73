// objectMode streams: any value but null is a chunk counted as 1 toward the highWaterMark (default 16); null writes throw ERR_STREAM_NULL_VALUES and non-buffer chunks in byte mode give ERR_INVALID_ARG_TYPE.
const { Readable, Writable } = require('stream');

const log = (...a) => console.log(...a);

const values = [1, 'two', { three: 3 }, [4], false, 0, ''];
const r = new Readable({ objectMode: true, highWaterMark: 3, read() {} });
for (const v of values) log('push', JSON.stringify(v), '->', r.push(v), 'length', r.readableLength);
r.push(null);
log('objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);

const got = [];
const w = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(chunk, enc, cb) {
    got.push(JSON.stringify(chunk) + ':' + enc);
    setTimeout(cb, 1);
  },
});
log('w objectMode', w.writableObjectMode, 'hwm', w.writableHighWaterMark);
r.on('data', (v) => {
  const ret = w.write(v);
  log('data', JSON.stringify(v), 'write ->', ret, 'wlen', w.writableLength);
});
r.on('end', () => {
  log('r end');
  w.end();
});
w.on('finish', () => log('finish', got.join(' ')));

try {
  w.write(null);
} catch (e) {
  log(e.name, e.code, e.message);
}

const bytes = new Writable({ write(c, e, cb) { cb(); } });
for (const bad of [1, {}, true]) {
  try {
    bytes.write(bad);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}

const br = new Readable({ read() {} });
br.on('error', (e) => log('push error:', e.name, e.code, e.message));
log('byte push number ->', br.push(42));

// Typed arrays are accepted in byte mode and become Buffers.
const ta = new Writable({
  write(c, e, cb) {
    log('typed chunk', Buffer.isBuffer(c), c.length, e, Array.from(c).join(','));
    cb();
  },
});
ta.write(new Uint8Array([1, 2, 3]));
ta.write(new Uint16Array([0x0201]));
ta.end();

const mixed = new Readable({ readableObjectMode: true, read() {} });
log('readableObjectMode option', mixed.readableObjectMode);
