// zlib.crc32 (Node 20.15+): check values for strings (UTF-8), Buffers and other views, continuing from a previous value, and argument errors
const zlib = require('zlib');
console.log('check value', zlib.crc32('123456789'), zlib.crc32('123456789').toString(16));
console.log('empty', zlib.crc32(''), zlib.crc32(Buffer.alloc(0)), zlib.crc32('', 1234));
console.log('hello', zlib.crc32('hello'), zlib.crc32(Buffer.from('hello')), zlib.crc32(new TextEncoder().encode('hello')));
console.log('utf8 string', zlib.crc32('h\u00e9llo \u20ac'), zlib.crc32(Buffer.from('h\u00e9llo \u20ac')));
console.log('quick fox', zlib.crc32('The quick brown fox jumps over the lazy dog'));
console.log('continued', zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
console.log('with start value', zlib.crc32('hello', 5), zlib.crc32('hello', 4294967295));
console.log('Uint16Array bytes', zlib.crc32(new Uint16Array([0x6968])), zlib.crc32('hi'));
console.log('DataView', zlib.crc32(new DataView(Buffer.from('xhix').buffer, Buffer.from('xhix').byteOffset + 1, 2)));
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
console.log('all bytes', zlib.crc32(all));
const big = Buffer.alloc(1 << 20, 0xa5);
console.log('1 MiB', zlib.crc32(big));
console.log('gzip trailer matches', zlib.gzipSync('trailer').readUInt32LE(zlib.gzipSync('trailer').length - 8) === zlib.crc32('trailer'));
for (const args of [[1], [null], [], [new ArrayBuffer(4)], ['a', -1], ['a', 2 ** 32], ['a', 1.5], ['a', '1'], ['a', null]]) {
  try {
    console.log(args.map(String).join(','), 'ok', zlib.crc32(...args));
  } catch (e) {
    console.log(args.map(String).join(','), e.name, e.code, JSON.stringify(e.message));
  }
}
