// digest() output encodings: hex, base64, base64url, latin1/binary, utf8, ascii, ucs2, buffer, none, unknown names (a Buffer) and case-insensitive names
const crypto = require('crypto');
const show = (value) => (Buffer.isBuffer(value) ? `Buffer<${value.toString('hex')}>` : JSON.stringify(value));
const encodings = [undefined, 'hex', 'HEX', 'base64', 'Base64', 'base64url', 'latin1', 'binary', 'buffer',
  'utf8', 'utf-8', 'ascii', 'ucs2', 'utf16le', 'foo', '', null, 0, 1];
for (const algorithm of ['md5', 'sha1', 'sha256']) {
  for (const encoding of encodings) {
    console.log(algorithm, String(encoding), show(crypto.createHash(algorithm).update('The quick brown fox').digest(encoding)));
  }
}
console.log('object with toString', show(crypto.createHash('md5').update('x').digest({ toString() { return 'base64'; } })));
const d = crypto.createHash('sha512').update(Buffer.from([0, 1, 2, 3, 254, 255])).digest();
console.log(Buffer.isBuffer(d), d.length, d.toString('base64url'));
for (const algorithm of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']) {
  const buf = crypto.createHash(algorithm).update('').digest();
  console.log(algorithm, buf.length, crypto.createHash(algorithm).update('').digest('base64'), crypto.createHash(algorithm).update('').digest('base64url'));
}
