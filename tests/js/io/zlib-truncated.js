// Truncated input: 'unexpected end of file' (Z_BUF_ERROR, errno -5) from the Sync, callback and stream forms; finishFlush Z_SYNC_FLUSH returns the partial output instead
const zlib = require('zlib');
const text = 'truncated stream test '.repeat(100);
// Node's compressed forms of `text`, so the cut points are the same everywhere.
const b64 = (s) => Buffer.from(s, 'base64');
const forms = {
  gzip: [b64('H4sIAAAAAAAAA+3IsREAIAgEwVZojZEPNYC3f7swug3Xfc9Kq2Lcyh3WOMyyLMuyLPt9HzOK8ROYCAAA'), 'gunzip'],
  deflate: [b64('eJztyLERACAIBMFWaI2RDzWAt3+7MLoN133PSqti3Mod1jjMsizLsiz7fR/HJU5G'), 'inflate'],
  raw: [b64('7cixEQAgCATBVmiNkQ81gLd/uzC6Ddd9z0qrYtzKHdY4zLIsy7Is+30f'), 'inflateRaw'],
};
const describe = (e) => `${e.constructor.name} ${Object.keys(e).join(',')} ${e.errno} ${e.code} ${e.message}`;
for (const [name, [data, method]] of Object.entries(forms)) {
  for (const cut of [0, 1, 2, 10, data.length >> 1, data.length - 8, data.length - 4, data.length - 1]) {
    let result;
    try {
      result = `ok ${zlib[`${method}Sync`](data.subarray(0, cut)).length}`;
    } catch (e) {
      result = describe(e);
    }
    let partial;
    try {
      const out = zlib[`${method}Sync`](data.subarray(0, cut), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
      partial = `partial ok, prefix of text: ${text.startsWith(out.toString())}`;
    } catch (e) {
      partial = describe(e);
    }
    console.log(name, cut, '|', result, '|', partial);
  }
}
for (const [label, data] of [['unzip 1 byte', Buffer.from([0x1f])], ['unzip 2 bytes', Buffer.from([0x1f, 0x8b])], ['unzip zlib header', Buffer.from([0x78, 0x9c])], ['unzip empty', Buffer.alloc(0)]]) {
  try {
    zlib.unzipSync(data);
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, describe(e));
  }
}
(async () => {
  for (const [name, [data, method]] of Object.entries(forms)) {
    await new Promise((resolve) => zlib[method](data.subarray(0, data.length - 3), (err, out) => {
      console.log('callback', name, describe(err), out);
      resolve();
    }));
  }
  // end(chunk): what the chunk decodes to arrives, then the error from the final flush.
  const a = zlib.createGunzip();
  const eventsA = [];
  a.on('data', () => { if (eventsA[eventsA.length - 1] !== 'data') eventsA.push('data'); });
  a.on('error', (e) => eventsA.push(`error ${e.code}`));
  a.on('end', () => eventsA.push('end'));
  await new Promise((resolve) => { a.on('close', resolve); a.end(forms.gzip[0].subarray(0, 40)); });
  console.log('end(chunk)', eventsA);
  // write(chunk) then end(): the decoded part arrives before the error.
  const b = zlib.createInflate();
  const eventsB = [];
  let got = '';
  b.on('data', (d) => { got += d; });
  b.on('error', (e) => eventsB.push(`error ${e.code} ${e.message}`));
  b.on('end', () => eventsB.push('end'));
  await new Promise((resolve) => { b.on('close', resolve); b.write(forms.deflate[0].subarray(0, forms.deflate[0].length - 4)); b.end(); });
  console.log('write then end', eventsB, got === text);
  const c = zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const eventsC = [];
  c.on('data', () => {});
  c.on('error', (e) => eventsC.push(`error ${e.code}`));
  c.on('end', () => eventsC.push('end'));
  await new Promise((resolve) => { c.on('close', resolve); c.end(forms.gzip[0].subarray(0, 20)); });
  console.log('stream Z_SYNC_FLUSH', eventsC);
})();
