// Stream control: flush() (default full flush, explicit kinds, after end), params() between writes, reset() of an inflater, close() with a callback; results checked by decompressing
const zlib = require('zlib');
const syncInflate = (buf) => zlib.inflateSync(buf, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString();
(async () => {
  const d = zlib.createDeflate();
  const out = [];
  d.on('data', (c) => out.push(c));
  d.write('hello');
  await new Promise((resolve) => d.flush(resolve));
  console.log('after flush()', syncInflate(Buffer.concat(out)));
  d.write(' world');
  await new Promise((resolve) => d.flush(zlib.constants.Z_SYNC_FLUSH, resolve));
  console.log('after Z_SYNC_FLUSH', syncInflate(Buffer.concat(out)));
  await new Promise((resolve) => d.params(zlib.constants.Z_BEST_COMPRESSION, zlib.constants.Z_FILTERED, resolve));
  console.log('params applied', d._level, d._strategy);
  d.write(' again');
  d.flush(zlib.constants.Z_PARTIAL_FLUSH);
  d.flush(zlib.constants.Z_BLOCK);
  d.end('!');
  await new Promise((resolve) => d.on('end', resolve));
  console.log('whole stream', zlib.inflateSync(Buffer.concat(out)).toString());
  await new Promise((resolve) => d.flush(() => { console.log('flush after finish calls back'); resolve(); }));

  const g = zlib.createGzip();
  const parts = [];
  g.on('data', (c) => parts.push(c));
  g.write('part one;');
  g.end();
  g.flush(() => console.log('flush after end waits for end', zlib.gunzipSync(Buffer.concat(parts)).toString()));
  await new Promise((resolve) => g.on('close', resolve));

  const text = 'reset me '.repeat(100);
  const compressed = zlib.deflateSync(text);
  const i = zlib.createInflate();
  const got = [];
  i.on('data', (c) => got.push(c));
  i.write(compressed.subarray(0, 10));
  await new Promise((resolve) => setTimeout(resolve, 10));
  i.reset();
  got.length = 0;
  i.end(compressed);
  await new Promise((resolve) => i.on('end', resolve));
  console.log('reset then full stream', Buffer.concat(got).toString() === text);

  const c = zlib.createGzip();
  c.write('abc');
  c.close(() => console.log('close callback', c.destroyed, c._closed));
  await new Promise((resolve) => setTimeout(resolve, 10));
  const e = zlib.createDeflate();
  e.destroy();
  e.write('late', (err) => console.log('write after destroy', err && err.code));
})();
