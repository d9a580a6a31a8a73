// zlib.constants (Node 20's full set: keys in order, values), the codes table, the deprecated top-level constants, export names and property attributes
const zlib = require('zlib');
const keys = Object.keys(zlib.constants);
console.log('constants count', keys.length, Object.getPrototypeOf(zlib.constants));
console.log(keys.join(' '));
console.log(Object.values(zlib.constants).join(' '));
console.log('descriptor', Object.getOwnPropertyDescriptor(zlib.constants, 'Z_FINISH'));
console.log('frozen', Object.isFrozen(zlib.constants), 'codes frozen', Object.isFrozen(zlib.codes));
console.log('codes', zlib.codes);
console.log('top level', zlib.Z_OK, zlib.Z_SYNC_FLUSH, zlib.Z_BEST_COMPRESSION, zlib.DEFLATE, zlib.Z_DEFAULT_CHUNK, zlib.BROTLI_MODE_TEXT, 'Z_OK' in zlib);
console.log('top level descriptor', Object.getOwnPropertyDescriptor(zlib, 'Z_NO_FLUSH'));
console.log('exports', Object.keys(zlib).join(' '));
console.log('hidden', Object.getOwnPropertyNames(zlib).length - Object.keys(zlib).length);
console.log('factory descriptor', Object.getOwnPropertyDescriptor(zlib, 'createGzip').writable, Object.getOwnPropertyDescriptor(zlib, 'createGzip').configurable, zlib.createGzip.name);
console.log('names', zlib.gzip.name, zlib.gzipSync.name, zlib.Gzip.name, zlib.crc32.name, zlib.gzip.length, zlib.gzipSync.length, zlib.Gzip.length);
console.log('classes', ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress', 'BrotliDecompress'].map((n) => typeof zlib[n]).join(' '));
console.log('shared prototype', Object.getPrototypeOf(zlib.Gzip.prototype) === Object.getPrototypeOf(zlib.Inflate.prototype), Object.getOwnPropertyNames(Object.getPrototypeOf(zlib.Gzip.prototype)));
