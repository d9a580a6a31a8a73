// Buffer.isBuffer / isEncoding, instanceof, prototype chain, constructor, Object.prototype.toString and Symbol.toStringTag
const b = Buffer.from('x');
console.log(Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'), Buffer.isBuffer(null), Buffer.isBuffer(), Buffer.isBuffer({}));
console.log(Buffer.isBuffer(b.subarray(0)), Buffer.isBuffer(b.slice(0)), Buffer.isBuffer(Buffer.alloc(0)));
console.log(b instanceof Buffer, b instanceof Uint8Array, new Uint8Array(1) instanceof Buffer, ArrayBuffer.isView(b));
console.log(Object.getPrototypeOf(b) === Buffer.prototype, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype);
console.log(Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.prototype.constructor === Buffer, b.constructor === Buffer);
console.log(Object.prototype.toString.call(b), b[Symbol.toStringTag], Buffer.prototype[Symbol.toStringTag]);
console.log(typeof Buffer, Buffer.name, Buffer.length, globalThis.Buffer === require('buffer').Buffer, require('node:buffer').Buffer === Buffer);
console.log(b.BYTES_PER_ELEMENT, Buffer.BYTES_PER_ELEMENT, b.byteLength, b.length);
for (const e of ['utf8', 'utf-8', 'UTF8', 'utf16le', 'utf-16le', 'ucs2', 'ucs-2', 'UCS-2', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', 'HEX',
  'utf16', 'utf-16', 'utf32', 'latin-1', 'iso-8859-1', 'us-ascii', 'raw', 'raws', 'buffer', '', ' utf8', 'utf8 ']) {
  console.log(JSON.stringify(e).padEnd(14), Buffer.isEncoding(e));
}
console.log(Buffer.isEncoding(), Buffer.isEncoding(null), Buffer.isEncoding(8), Buffer.isEncoding(new String('utf8')), Buffer.isEncoding(['hex']));
console.log(Object.keys(b), Object.keys(Buffer.from('abc')).join(','));
console.log('parent' in b, 'offset' in b, b.parent === b.buffer, b.offset === b.byteOffset);
console.log(typeof Buffer.from, typeof Buffer.of, typeof Buffer.copyBytesFrom, Buffer.from.length, Buffer.alloc.length, Buffer.concat.length);
console.log(Array.isArray(b), typeof b, b.length === 1);
