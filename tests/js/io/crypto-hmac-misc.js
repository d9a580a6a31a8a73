// HMAC: RFC 2202 MD5/SHA-1 vectors, key forms (string with encodings, ArrayBuffer, views, empty, longer than a block), chunked updates, digest twice (empty), errors
const crypto = require('crypto');
const attempt = (label, fn) => {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? `Buffer(${r.length})` : JSON.stringify(r));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
console.log('md5 case 1', crypto.createHmac('md5', Buffer.alloc(16, 0x0b)).update('Hi There').digest('hex'));
console.log('md5 case 2', crypto.createHmac('md5', 'Jefe').update('what do ya want for nothing?').digest('hex'));
console.log('md5 case 6', crypto.createHmac('md5', Buffer.alloc(80, 0xaa)).update('Test Using Larger Than Block-Size Key - Hash Key First').digest('hex'));
console.log('sha1 case 1', crypto.createHmac('sha1', Buffer.alloc(20, 0x0b)).update('Hi There').digest('hex'));
console.log('sha1 case 2', crypto.createHmac('sha1', 'Jefe').update('what do ya want for nothing?').digest('hex'));
console.log('sha1 case 3', crypto.createHmac('sha1', Buffer.alloc(20, 0xaa)).update(Buffer.alloc(50, 0xdd)).digest('hex'));
console.log('sha1 case 7', crypto.createHmac('sha1', Buffer.alloc(80, 0xaa)).update('Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data').digest('hex'));
const ref = crypto.createHmac('sha256', Buffer.from([1, 2, 3, 250])).update('data').digest('hex');
console.log('hex key option', crypto.createHmac('sha256', '010203fa', { encoding: 'hex' }).update('data').digest('hex') === ref);
console.log('base64 key option', crypto.createHmac('sha256', 'AQID+g==', { encoding: 'base64' }).update('data').digest('hex') === ref);
console.log('ArrayBuffer key', crypto.createHmac('sha256', new Uint8Array([1, 2, 3, 250]).buffer).update('data').digest('hex') === ref);
console.log('DataView key', crypto.createHmac('sha256', new DataView(new Uint8Array([9, 1, 2, 3, 250]).buffer, 1)).update('data').digest('hex') === ref);
console.log('utf8 key', crypto.createHmac('sha256', 'k\u00e9y').digest('hex') === crypto.createHmac('sha256', Buffer.from('k\u00e9y')).digest('hex'));
console.log('empty key', crypto.createHmac('sha256', '').update('x').digest('hex'));
console.log('empty key and data', crypto.createHmac('md5', Buffer.alloc(0)).digest('base64'));
const chunked = crypto.createHmac('sha512', 'secret');
for (const c of ['a', 'bb', 'ccc', Buffer.from('dddd')]) chunked.update(c);
console.log('chunked', chunked.digest('base64url') === crypto.createHmac('sha512', 'secret').update('abbcccdddd').digest('base64url'));
console.log('alias RSA-SHA256', crypto.createHmac('RSA-SHA256', 'k').digest('hex') === crypto.createHmac('sha256', 'k').digest('hex'));
console.log('upper SHA1', crypto.createHmac('SHA1', 'k').digest('hex') === crypto.createHmac('sha1', 'k').digest('hex'));
const twice = crypto.createHmac('sha1', 'k').update('x');
attempt('first digest', () => twice.digest('hex'));
attempt('second digest (buffer)', () => twice.digest());
attempt('third digest (hex)', () => twice.digest('hex'));
attempt('update after digest', () => twice.update('y'));
attempt('instanceof', () => [twice instanceof crypto.Hmac, crypto.Hmac('md5', 'k') instanceof crypto.Hmac]);
attempt('unknown digest', () => crypto.createHmac('sha3000', 'k'));
attempt('key number', () => crypto.createHmac('sha256', 42));
attempt('key null', () => crypto.createHmac('sha256', null));
attempt('hmac name number', () => crypto.createHmac(1, 'k'));
attempt('encoding number', () => crypto.createHmac('sha256', 'k', { encoding: 1 }));
attempt('update number', () => crypto.createHmac('sha256', 'k').update(1));
