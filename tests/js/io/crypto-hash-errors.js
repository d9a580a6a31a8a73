// Hash errors: unsupported digest, argument types, odd-length hex, outputLength, and ERR_CRYPTO_HASH_FINALIZED after digest (update, digest, copy)
const crypto = require('crypto');
const attempt = (label, fn) => {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r === 'string' ? r : r && r.constructor && r.constructor.name);
  } catch (e) {
    console.log(label, e instanceof Error, e.name, e.code, Object.keys(e).join(','), JSON.stringify(e.message));
  }
};
attempt('unknown', () => crypto.createHash('nope'));
attempt('empty name', () => crypto.createHash(''));
attempt('name with space', () => crypto.createHash('sha256 '));
attempt('number', () => crypto.createHash(256));
attempt('missing', () => crypto.createHash());
attempt('Hash without new', () => crypto.Hash('md5'));
attempt('update number', () => crypto.createHash('md5').update(1));
attempt('update null', () => crypto.createHash('md5').update(null));
attempt('update array', () => crypto.createHash('md5').update([1, 2]));
attempt('update ArrayBuffer', () => crypto.createHash('md5').update(new ArrayBuffer(4)));
attempt('update odd hex', () => crypto.createHash('md5').update('abc', 'hex'));
attempt('update even hex', () => crypto.createHash('md5').update('abcd', 'hex').digest('hex'));
attempt('outputLength -1', () => crypto.createHash('sha256', { outputLength: -1 }));
attempt('outputLength string', () => crypto.createHash('sha256', { outputLength: '32' }));
attempt('outputLength 1.5', () => crypto.createHash('sha256', { outputLength: 1.5 }));
attempt('outputLength wrong', () => crypto.createHash('sha256', { outputLength: 16 }));
attempt('outputLength right', () => crypto.createHash('sha1', { outputLength: 20 }).digest('hex'));
const h = crypto.createHash('sha1');
h.update('x');
attempt('first digest', () => h.digest('hex'));
attempt('second digest', () => h.digest('hex'));
attempt('update after digest', () => h.update('y'));
attempt('copy after digest', () => h.copy());
