// Stream forms: write()/end() in pieces through createDeflate/createGzip/createDeflateRaw and back, byte-by-byte decompression, setEncoding, bytesWritten, events and chunk sizes
const zlib = require('zlib');
const text = 'streaming zlib data, streaming zlib data! '.repeat(400);
const run = (stream, pieces) => new Promise((resolve) => {
  const chunks = [];
  const events = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => events.push('end'));
  stream.on('finish', () => events.push('finish'));
  stream.on('error', (e) => events.push(`error ${e.code}`));
  stream.on('close', () => { events.push('close'); resolve([Buffer.concat(chunks), events, chunks]); });
  for (const p of pieces) stream.write(p);
  stream.end();
});
const split = (buf, n) => {
  const out = [];
  for (let i = 0; i < buf.length; i += n) out.push(buf.subarray(i, i + n));
  return out;
};
(async () => {
  for (const [c, d] of [['createDeflate', 'createInflate'], ['createGzip', 'createGunzip'], ['createDeflateRaw', 'createInflateRaw'], ['createGzip', 'createUnzip'], ['createDeflate', 'createUnzip']]) {
    const [compressed, events] = await run(zlib[c](), split(Buffer.from(text), 1000));
    const [plain, events2, chunks] = await run(zlib[d](), split(compressed, 100));
    console.log(c, d, plain.toString() === text, events.join(','), events2.join(','), chunks.every((x) => x.length <= 16384));
    const [bytewise] = await run(zlib[d](), split(compressed, 1));
    console.log('  byte by byte', bytewise.toString() === text);
  }
  const small = zlib.createInflate({ chunkSize: 64 });
  const [out, , chunks] = await run(small, [zlib.deflateSync(text)]);
  console.log('chunkSize 64', out.toString() === text, chunks.every((x) => x.length <= 64), chunks.length >= text.length / 64);
  const g = zlib.createGunzip();
  g.setEncoding('utf8');
  let s = '';
  g.on('data', (d) => { s += d; });
  g.end(zlib.gzipSync('h\u00e9llo \u2713'));
  await new Promise((resolve) => g.on('end', resolve));
  console.log('setEncoding', typeof s, s);
  const counter = zlib.createGzip();
  const [gz] = await run(counter, ['abc', 'def', Buffer.from('ghi')]);
  console.log('bytesWritten', counter.bytesWritten, zlib.gunzipSync(gz).toString());
  const inflater = zlib.createGunzip();
  await run(inflater, [gz]);
  console.log('gunzip bytesWritten', inflater.bytesWritten === gz.length, inflater._closed, inflater.destroyed);
  const instance = zlib.Gzip();
  console.log('factory and call without new', instance instanceof zlib.Gzip, zlib.createInflate() instanceof zlib.Inflate, instance instanceof require('stream').Transform);
})();
