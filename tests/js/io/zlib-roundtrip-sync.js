// Sync round trips for deflate/inflate, gzip/gunzip, deflateRaw/inflateRaw and unzip over strings, Buffers, typed arrays, DataViews, ArrayBuffers, empty input and large input, with several options
const zlib = require('zlib');
const big = Buffer.alloc(300000);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 9)) & 0xff;
const noisy = Buffer.alloc(100000);
let seed = 1;
for (let i = 0; i < noisy.length; i++) { seed = (seed * 1103515245 + 12345) >>> 0; noisy[i] = seed >>> 24; }
const inputs = {
  empty: '',
  short: 'a',
  text: 'hello world '.repeat(100),
  unicode: 'h\u00e9llo \u20ac \u{1f600} '.repeat(20),
  buffer: Buffer.from([0, 1, 2, 3, 255, 254]),
  uint16: new Uint16Array([1, 2, 3, 65535]),
  dataview: new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2),
  arraybuffer: new Uint8Array([5, 5, 5, 5, 5]).buffer,
  big,
  noisy,
};
const bytesOf = (v) => (typeof v === 'string' ? Buffer.from(v) : ArrayBuffer.isView(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : Buffer.from(v));
const pairs = [['deflateSync', 'inflateSync'], ['deflateSync', 'unzipSync'], ['gzipSync', 'gunzipSync'], ['gzipSync', 'unzipSync'], ['deflateRawSync', 'inflateRawSync']];
for (const [name, input] of Object.entries(inputs)) {
  const results = pairs.map(([c, d]) => {
    const out = zlib[d](zlib[c](input));
    return Buffer.isBuffer(out) && out.equals(bytesOf(input));
  });
  console.log(name, bytesOf(input).length, results.join(' '));
}
const text = inputs.text;
for (const opts of [{ level: 0 }, { level: 1 }, { level: 9 }, { level: -1 }, { strategy: zlib.constants.Z_FILTERED },
  { strategy: zlib.constants.Z_HUFFMAN_ONLY }, { strategy: zlib.constants.Z_RLE }, { strategy: zlib.constants.Z_FIXED },
  { memLevel: 1 }, { memLevel: 9 }, { windowBits: 9 }, { windowBits: 15 }, { chunkSize: 64 }, { level: 1.5 }]) {
  const ok = pairs.map(([c, d]) => zlib[d](zlib[c](text, { ...opts }), d === 'unzipSync' ? {} : { ...opts, level: undefined, strategy: undefined }).toString() === text);
  console.log(JSON.stringify(opts), ok.join(' '));
}
console.log('deflate windowBits 8', zlib.inflateSync(zlib.deflateSync(text, { windowBits: 8 })).toString() === text);
console.log('deflateRaw windowBits 8 (as 9)', zlib.inflateRawSync(zlib.deflateRawSync(text, { windowBits: 8 })).toString() === text);
console.log('inflate windowBits 0 (from header)', zlib.inflateSync(zlib.deflateSync(text, { windowBits: 10 }), { windowBits: 0 }).toString() === text);
console.log('gzip magic', zlib.gzipSync('x').subarray(0, 3).toString('hex'), 'zlib header check', zlib.deflateSync('x').readUInt16BE(0) % 31);
console.log('level 0 is stored', zlib.deflateSync(text, { level: 0 }).length > text.length);
console.log('level 9 compresses', zlib.gzipSync(text, { level: 9 }).length < text.length / 10);
