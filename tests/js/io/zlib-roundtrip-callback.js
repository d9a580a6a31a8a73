// The callback forms (deflate, inflate, gzip, gunzip, deflateRaw, inflateRaw, unzip) with and without options, their asynchrony, and argument errors thrown synchronously
const zlib = require('zlib');
const text = 'callback round trip '.repeat(200);
const steps = [
  ['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'], ['deflate', 'unzip'],
];
let order = [];
const roundTrip = ([c, d], input, opts) => new Promise((resolve) => {
  const done = (err, compressed) => {
    if (err) { console.log(c, 'error', err.message); resolve(); return; }
    zlib[d](compressed, (err2, out) => {
      console.log(`${c} -> ${d}`, opts ? JSON.stringify(opts) : '', err2, Buffer.isBuffer(out), out.toString() === String(input));
      resolve();
    });
  };
  if (opts) zlib[c](input, opts, done); else zlib[c](input, done);
});
(async () => {
  for (const step of steps) await roundTrip(step, text);
  for (const step of steps) await roundTrip(step, text, { level: 1, chunkSize: 128 });
  await roundTrip(['gzip', 'gunzip'], '');
  await new Promise((resolve) => zlib.deflate(new Uint32Array([1, 2]), (err, out) => {
    console.log('Uint32Array', err, zlib.inflateSync(out).equals(Buffer.from(new Uint32Array([1, 2]).buffer)));
    resolve();
  }));
  await new Promise((resolve) => zlib.gzip(new Uint8Array([1, 2, 3]).buffer, (err, out) => {
    console.log('ArrayBuffer', err, zlib.gunzipSync(out).toString('hex'));
    resolve();
  }));
  zlib.gzip('x', () => order.push('callback'));
  order.push('after call');
  await new Promise((resolve) => setTimeout(resolve, 50));
  console.log(order);
  for (const [label, fn] of [
    ['no callback', () => zlib.gzip('x')],
    ['callback not function', () => zlib.gzip('x', {}, 'cb')],
    ['bad input', () => zlib.gunzip(42, () => console.log('never'))],
    ['bad option', () => zlib.deflate('x', { level: 42 }, () => console.log('never'))],
  ]) {
    try {
      fn();
      console.log(label, 'no throw');
    } catch (e) {
      console.log(label, e.name, e.code, JSON.stringify(e.message));
    }
  }
})();
