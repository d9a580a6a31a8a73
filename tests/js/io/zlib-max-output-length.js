// maxOutputLength: ERR_BUFFER_TOO_LARGE from the Sync and callback forms (the limit itself is allowed), its validation, and that plain streams ignore it
const zlib = require('zlib');
const data = Buffer.alloc(100000, 'x');
const gz = zlib.gzipSync(data);
const describe = (e) => `${e.name} ${e.code} ${JSON.stringify(e.message)}`;
for (const limit of [1, 100, 16384, 99999, 100000, 100001]) {
  try {
    console.log('sync', limit, 'ok', zlib.gunzipSync(gz, { maxOutputLength: limit }).length);
  } catch (e) {
    console.log('sync', limit, describe(e));
  }
}
try {
  zlib.gzipSync(data, { maxOutputLength: 10 });
} catch (e) {
  console.log('compress over limit', describe(e));
}
for (const bad of [0, -1, 2 ** 53, 'big', Infinity]) {
  try {
    zlib.inflateSync(zlib.deflateSync('x'), { maxOutputLength: bad });
    console.log('option', String(bad), 'accepted');
  } catch (e) {
    console.log('option', String(bad), describe(e));
  }
}
console.log('NaN means default', zlib.inflateSync(zlib.deflateSync('x'), { maxOutputLength: NaN }).toString());
zlib.gunzip(gz, { maxOutputLength: 5000 }, (err, out) => {
  console.log('callback over limit', describe(err), out);
  zlib.gunzip(gz, { maxOutputLength: 100000 }, (err2, out2) => {
    console.log('callback at limit', err2, out2.length);
    const s = zlib.createGunzip({ maxOutputLength: 10 });
    let total = 0;
    s.on('data', (d) => { total += d.length; });
    s.on('end', () => console.log('stream ignores the limit', total));
    s.end(gz);
  });
});
