// Corrupt input: zlib's messages with errno/code (own keys in that order) from each decompressor, in the Sync, callback and stream forms
const zlib = require('zlib');
const b64 = (s) => Buffer.from(s, 'base64');
const inputs = {
  'not compressed': Buffer.from('hello, this is plain text'),
  'unknown method': b64('H4sHAAAAAAAAA0vOLyoqLShRSEksSVRIy6woKS1K1VFIJlpUkQsAHucyr0IAAAA='),
  'bad gzip crc': b64('H4sIAAAAAAAAA0vOLyoqLShRSEksSVRIy6woKS1K1VFIJlpUkQsA4ecyr0IAAAA='),
  'bad gzip length': b64('H4sIAAAAAAAAA0vOLyoqLShRSEksSVRIy6woKS1K1VFIJlpUkQsAHucyr70AAAA='),
  'bad adler32': b64('eJxLzi8qKi0oUUhJLElUSMusKCktStVRSCZaVJELAEqMGGs='),
  'bad stored lengths': Buffer.from('7801010500fbff68656c6c6f', 'hex'),
  'bad window size': b64('iJgAAA=='),
  'distance too far back': b64('y0AwAQ=='),
  'bad block type': b64('eJwH'),
  'bad header crc': Buffer.from('1f8b081e78563412000304006162000'.padEnd(32, '0') + '6e616d652e747874006120636f6d6d656e7400cdee4bafca2c50c8484d4c492d5248cb4ccd4929d65128492d2ee1020044e8badc18000000', 'hex'),
};
const describe = (e) => `${e.constructor.name} ${Object.keys(e).join(',')} errno=${e.errno} code=${e.code} ${JSON.stringify(e.message)}`;
for (const [name, data] of Object.entries(inputs)) {
  console.log(name);
  for (const method of ['gunzipSync', 'inflateSync', 'inflateRawSync', 'unzipSync']) {
    try {
      const out = zlib[method](data);
      console.log(`  ${method} ok ${out.length}`);
    } catch (e) {
      console.log(`  ${method} ${describe(e)}`);
    }
  }
}
(async () => {
  for (const method of ['gunzip', 'inflate', 'unzip']) {
    await new Promise((resolve) => zlib[method](inputs['not compressed'], (err, out) => {
      console.log('callback', method, describe(err), out);
      resolve();
    }));
  }
  for (const [factory, name] of [['createGunzip', 'bad gzip crc'], ['createInflate', 'bad adler32'], ['createInflateRaw', 'distance too far back']]) {
    const s = zlib[factory]();
    const events = [];
    s.on('data', () => events.push('data'));
    s.on('end', () => events.push('end'));
    s.on('error', (e) => events.push(`error ${e.code} ${e.message}`));
    await new Promise((resolve) => {
      s.on('close', resolve);
      s.end(inputs[name]);
    });
    console.log('stream', factory, events, s.destroyed, s._closed);
  }
})();
