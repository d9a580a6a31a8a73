// Concatenated gzip members decode to the concatenation (sync, callback, stream, split anywhere); trailing zero padding is ignored; trailing garbage is an error for gunzip but ignored by inflate
const zlib = require('zlib');
// Members made by Node's gzip (fixed bytes, so the split points are the same everywhere).
const b64 = (s) => Buffer.from(s, 'base64');
const a = b64('H4sIAAAAAAAAA0vLLCouUchNzU1KLbIGAJ30W1sNAAAA');
const b = b64('H4sIAAAAAAAAAytOTc7PS1HITc1NSi2yBgAMGJVfDgAAAA==');
const c = b64('H4sIAAAAAAAAAwMAAAAAAAAAAAA=');
const all = Buffer.concat([a, b, c, a]);
const attempt = (label, fn) => {
  try {
    console.log(label, JSON.stringify(fn().toString()));
  } catch (e) {
    console.log(label, e.code, e.errno, e.message);
  }
};
attempt('gunzip members', () => zlib.gunzipSync(all));
attempt('unzip members', () => zlib.unzipSync(all));
attempt('zero padding', () => zlib.gunzipSync(Buffer.concat([a, Buffer.alloc(16)])));
attempt('zero padding then member', () => zlib.gunzipSync(Buffer.concat([a, Buffer.alloc(2), b])));
attempt('garbage after member', () => zlib.gunzipSync(Buffer.concat([a, Buffer.from('garbage')])));
attempt('truncated second member', () => zlib.gunzipSync(Buffer.concat([a, b.subarray(0, 12)])));
attempt('lone magic byte after', () => zlib.gunzipSync(Buffer.concat([a, Buffer.from([0x1f])])));
const deflated = b64('eJyryslMUiguKUpNzAUAGj4EXg==');
attempt('inflate ignores trailing data', () => zlib.inflateSync(Buffer.concat([deflated, Buffer.from('trailing')])));
attempt('inflate second stream ignored', () => zlib.inflateSync(Buffer.concat([deflated, deflated])));
attempt('inflateRaw ignores trailing data', () => zlib.inflateRawSync(Buffer.concat([b64('K0osBwA='), Buffer.from([1, 2, 3])])));
const info = zlib.gunzipSync(Buffer.concat([a, Buffer.alloc(4)]), { info: true });
console.log('bytesWritten with padding', info.engine.bytesWritten, a.length);
zlib.gunzip(all, async (err, out) => {
  console.log('callback', err, JSON.stringify(out.toString()));
  for (const cut of [1, 10, a.length - 1, a.length, a.length + 1, a.length + 3]) {
    const g = zlib.createGunzip();
    const parts = [];
    g.on('data', (d) => parts.push(d));
    const ended = new Promise((resolve) => g.on('end', resolve));
    g.write(all.subarray(0, cut));
    g.end(all.subarray(cut));
    await ended;
    console.log('stream split at', cut, JSON.stringify(Buffer.concat(parts).toString()));
  }
});
