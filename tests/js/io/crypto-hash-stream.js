// Hash and Hmac as Transform streams: write/end with 'data', setEncoding + read(), pipeline from a Readable, digest() after the stream ended
const crypto = require('crypto');
const stream = require('stream');
const { pipeline } = require('stream/promises');

(async () => {
  const h = crypto.createHash('sha256');
  console.log('is Transform', h instanceof stream.Transform, h instanceof stream.Duplex);
  const seen = [];
  h.on('data', (d) => seen.push(['data', Buffer.isBuffer(d), d.toString('hex')]));
  h.on('end', () => seen.push(['end']));
  h.write('ab');
  h.end(Buffer.from('c'));
  await new Promise((resolve) => h.on('finish', resolve));
  await new Promise((resolve) => setImmediate(resolve));
  console.log(seen);
  console.log('digest after stream', h.digest('hex'));

  const m = crypto.createHash('md5');
  m.setEncoding('hex');
  m.end('abc');
  await new Promise((resolve) => m.once('readable', resolve));
  console.log('read hex', m.read());

  const mac = crypto.createHmac('sha256', 'key');
  let out = '';
  await pipeline(
    stream.Readable.from(['The quick brown fox ', 'jumps over the lazy dog']),
    mac,
    async function(source) {
      for await (const chunk of source) out += chunk.toString('hex');
    });
  console.log('hmac pipeline', out);
  console.log('hmac digest after stream', JSON.stringify(mac.digest('hex')));

  const strings = crypto.createHash('sha1');
  strings.write('\u20ac');
  strings.write('ff', 'hex');
  strings.end();
  const [chunk] = await Promise.all([new Promise((resolve) => strings.once('data', resolve))]);
  console.log('string chunks', chunk.toString('hex') === crypto.createHash('sha1').update('\u20ac').update(Buffer.from([255])).digest('hex'));

  const direct = crypto.createHash('sha1');
  direct.update('plain use');
  console.log('plain use still works', direct.digest('base64'));
})();
