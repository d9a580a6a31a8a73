// Round trips of pseudo-random bytes of every length 0..40 through hex, base64, base64url, latin1 and ucs2, plus sample encodings
let seed = 12345;
const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
const failures = [];
for (let len = 0; len <= 40; len++) {
  const b = Buffer.alloc(len);
  for (let i = 0; i < len; i++) b[i] = next();
  for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary']) {
    const s = b.toString(enc);
    if (!Buffer.from(s, enc).equals(b)) failures.push(enc + ':' + len);
  }
  if (len % 2 === 0 && !Buffer.from(b.toString('ucs2'), 'ucs2').equals(b)) failures.push('ucs2:' + len);
  const b64 = b.toString('base64');
  if (b64.length !== Math.ceil(len / 3) * 4) failures.push('b64len:' + len);
  const b64u = b.toString('base64url');
  if (b64u.length !== Math.ceil(len * 4 / 3) || /[+/=]/.test(b64u)) failures.push('b64ulen:' + len);
  if (len % 8 === 5) console.log(len, b.toString('hex'), b64, b64u);
}
console.log('failures:', failures.length ? failures.join(' ') : 'none');
// utf8 -> string -> utf8 is lossless only for valid input
let lossy = 0;
for (let i = 0; i < 200; i++) {
  const b = Buffer.from([next(), next(), next()]);
  if (!Buffer.from(b.toString()).equals(b)) lossy++;
}
console.log('lossy utf8 round trips of 200 random 3-byte buffers:', lossy);
const ascii = Buffer.from([0x00, 0x7f, 0x80, 0xff]);
console.log(Buffer.from(ascii.toString('ascii'), 'ascii').toString('hex'));
