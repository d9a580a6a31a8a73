// info: true returns { buffer, engine } from the Sync and callback forms; the engine's constructor, bytesWritten, closed state and flush settings
const zlib = require('zlib');
const text = 'info option '.repeat(50);
const gz = zlib.gzipSync(text);
const r = zlib.gunzipSync(gz, { info: true });
console.log(Object.keys(r), Buffer.isBuffer(r.buffer), r.buffer.toString() === text);
console.log(r.engine.constructor.name, r.engine instanceof zlib.Gunzip, r.engine.bytesWritten === gz.length, r.engine._closed);
console.log('flags', r.engine._defaultFlushFlag, r.engine._finishFlushFlag, r.engine._defaultFullFlushFlag, r.engine._chunkSize, r.engine._maxOutputLength);
const d = zlib.deflateSync(text, { info: true, level: 3, strategy: zlib.constants.Z_RLE });
console.log('deflate', d.engine.constructor.name, d.engine.bytesWritten, d.engine._level, d.engine._strategy, zlib.inflateSync(d.buffer).toString() === text);
const padded = zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(5)]), { info: true });
console.log('padded bytesWritten', padded.engine.bytesWritten === gz.length);
const empty = zlib.deflateRawSync('', { info: true });
console.log('empty', empty.engine.constructor.name, empty.engine.bytesWritten, zlib.inflateRawSync(empty.buffer).length);
console.log('info false', Buffer.isBuffer(zlib.gzipSync('x', { info: false })));
zlib.inflate(zlib.deflateSync(text), { info: true }, (err, res) => {
  console.log('callback', err, Object.keys(res), res.buffer.toString() === text, res.engine.constructor.name, res.engine._closed, res.engine.destroyed);
  zlib.unzip(gz, { info: true, finishFlush: zlib.constants.Z_SYNC_FLUSH }, (err2, res2) => {
    console.log('unzip callback', err2, res2.engine.constructor.name, res2.engine._finishFlushFlag, res2.buffer.length);
  });
});
