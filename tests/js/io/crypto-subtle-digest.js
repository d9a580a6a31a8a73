// webcrypto.subtle.digest: SHA-1/256/384/512 of several BufferSources (resolves to an ArrayBuffer), case-insensitive names, and its rejections (NotSupportedError, TypeErrors with codes, bad this)
const crypto = require('crypto');
const { subtle } = crypto.webcrypto;
const hex = (ab) => Buffer.from(ab).toString('hex');
const settle = (label, p) => p.then(
  (r) => console.log(label, r instanceof ArrayBuffer, r.byteLength, hex(r)),
  (e) => console.log(label, 'rejected', e instanceof DOMException ? 'DOMException' : e.constructor.name, e.name, e.code, JSON.stringify(e.message)));
(async () => {
  console.log('same object', subtle === crypto.subtle, Object.prototype.toString.call(subtle), Object.prototype.toString.call(crypto.webcrypto));
  const abc = new TextEncoder().encode('abc');
  await settle('SHA-1', subtle.digest('SHA-1', abc));
  await settle('SHA-256', subtle.digest('SHA-256', abc));
  await settle('SHA-384', subtle.digest('SHA-384', abc));
  await settle('SHA-512', subtle.digest('SHA-512', abc));
  await settle('sha-256 lower', subtle.digest('sha-256', abc));
  await settle('object name', subtle.digest({ name: 'Sha-1' }, abc));
  await settle('ArrayBuffer', subtle.digest('SHA-256', abc.buffer));
  await settle('DataView', subtle.digest('SHA-256', new DataView(abc.buffer)));
  await settle('Uint16Array', subtle.digest('SHA-256', new Uint16Array([1, 2])));
  await settle('empty', subtle.digest('SHA-256', new Uint8Array(0)));
  await settle('Buffer', subtle.digest('SHA-1', Buffer.from('The quick brown fox jumps over the lazy dog')));
  const data = new Uint8Array([1, 2, 3]);
  const pending = subtle.digest('SHA-256', data);
  data[0] = 99;
  await settle('input copied at call', pending);
  await settle('MD5', subtle.digest('MD5', abc));
  await settle('SHA-224', subtle.digest('SHA-224', abc));
  await settle('string data', subtle.digest('SHA-256', 'abc'));
  await settle('one argument', subtle.digest('SHA-256'));
  await settle('no arguments', subtle.digest());
  await settle('empty object', subtle.digest({}, abc));
  await settle('number algorithm', subtle.digest(256, abc));
  await settle('null algorithm', subtle.digest(null, abc));
  await settle('bad this', subtle.digest.call({}, 'SHA-256', abc));
  console.log('returns a promise', subtle.digest('SHA-1', abc) instanceof Promise);
})();
