// crypto.hash(algorithm, data[, outputEncoding]) (Node 20.12+): hex by default, other encodings, 'buffer', and its argument errors
const crypto = require('crypto');
const attempt = (label, fn) => {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? `Buffer<${r.toString('hex')}>` : JSON.stringify(r));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
attempt('sha1 abc', () => crypto.hash('sha1', 'abc'));
attempt('md5 empty', () => crypto.hash('md5', ''));
attempt('sha256 hex', () => crypto.hash('sha256', 'abc', 'hex'));
attempt('sha256 base64', () => crypto.hash('sha256', 'abc', 'base64'));
attempt('sha256 BASE64URL', () => crypto.hash('sha256', 'abc', 'BASE64URL'));
attempt('sha256 latin1', () => crypto.hash('sha256', 'abc', 'latin1'));
attempt('sha256 buffer', () => crypto.hash('sha256', 'abc', 'buffer'));
attempt('sha256 Buffer', () => crypto.hash('sha256', 'abc', 'Buffer'));
attempt('sha512 bytes', () => crypto.hash('sha512', Buffer.from([1, 2, 3])));
attempt('sha384 typed', () => crypto.hash('sha384', new Uint32Array([1])));
attempt('same as createHash', () => crypto.hash('sha224', 'h\u00e9llo') === crypto.createHash('sha224').update('h\u00e9llo').digest('hex'));
attempt('alias', () => crypto.hash('RSA-SHA1', 'abc'));
attempt('unknown algorithm', () => crypto.hash('nope', 'abc'));
attempt('algorithm number', () => crypto.hash(1, 'abc'));
attempt('data number', () => crypto.hash('sha1', 1));
attempt('data ArrayBuffer', () => crypto.hash('sha1', new ArrayBuffer(1)));
attempt('encoding unknown', () => crypto.hash('sha1', 'abc', 'nope'));
attempt('encoding number', () => crypto.hash('sha1', 'abc', 1));
attempt('encoding null', () => crypto.hash('sha1', 'abc', null));
