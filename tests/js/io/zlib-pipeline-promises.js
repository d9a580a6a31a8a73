// stream/promises pipeline through compressor and decompressor pairs (deflate, gzip, raw, unzip), async generator sources/sinks, and a pipeline that rejects on corrupt data
const zlib = require('zlib');
const { Readable, Writable } = require('stream');
const { pipeline } = require('stream/promises');
const text = Array.from({ length: 2000 }, (_, i) => `line ${i} of the pipeline test\n`).join('');
const sink = (store) => new Writable({ write(chunk, enc, cb) { store.push(chunk); cb(); } });
(async () => {
  for (const [c, d] of [['createDeflate', 'createInflate'], ['createGzip', 'createGunzip'], ['createDeflateRaw', 'createInflateRaw'], ['createGzip', 'createUnzip'], ['createDeflate', 'createUnzip']]) {
    const store = [];
    await pipeline(Readable.from(text.match(/[\s\S]{1,777}/g)), zlib[c]({ level: 6 }), zlib[d](), sink(store));
    console.log(c, d, Buffer.concat(store).toString() === text);
  }
  const gz = [];
  await pipeline(async function* () { yield 'one '; yield Buffer.from('two '); yield 'three'; }, zlib.createGzip(), sink(gz));
  let out = '';
  await pipeline(Readable.from([Buffer.concat(gz)]), zlib.createGunzip(), async function(source) {
    for await (const chunk of source) out += chunk;
  });
  console.log('generators', JSON.stringify(out));
  const large = Buffer.alloc(1 << 20, 'z');
  const sizes = [];
  await pipeline(Readable.from([zlib.gzipSync(large)]), zlib.createGunzip(),
    new Writable({ highWaterMark: 1, write(chunk, enc, cb) { sizes.push(chunk.length); setImmediate(cb); } }));
  console.log('1 MiB through a slow sink', sizes.reduce((a, b) => a + b, 0), sizes.every((n) => n <= 16384));
  try {
    await pipeline(Readable.from([Buffer.from('definitely not gzip data')]), zlib.createGunzip(), sink([]));
    console.log('no error');
  } catch (e) {
    console.log('rejected', e.name, e.code, e.errno, e.message);
  }
  try {
    await pipeline(Readable.from([zlib.deflateSync(text).subarray(0, 100)]), zlib.createInflate(), sink([]));
    console.log('no error');
  } catch (e) {
    console.log('truncated rejected', e.code, e.errno, e.message);
  }
})();
