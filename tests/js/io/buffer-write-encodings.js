// buf.write for each encoding name (and case variants): bytes produced, count returned, and the text read back
const text = 'Zé€😀';
const encs = ['utf8', 'utf-8', 'UTF-8', 'utf16le', 'utf-16le', 'ucs2', 'ucs-2', 'latin1', 'binary', 'ascii', 'Latin1', 'ASCII'];
for (const enc of encs) {
  const b = Buffer.alloc(12, 0);
  const n = b.write(text, enc);
  console.log(enc.padEnd(9), n, b.toString('hex'), JSON.stringify(b.toString(enc, 0, n)));
}
for (const [s, enc] of [['3q2+7w==', 'base64'], ['3q2-7w', 'base64url'], ['DEADBEEF', 'hex'], ['deadbeef', 'HEX'], ['3q2+7w', 'BASE64']]) {
  const b = Buffer.alloc(6, 0);
  const n = b.write(s, enc);
  console.log(enc.padEnd(9), n, b.toString('hex'), b.toString(enc.toLowerCase(), 0, n));
}
const b = Buffer.alloc(10);
let off = 0;
off += b.write('ab', off, 'latin1');
off += b.write('6364', off, 'hex');
off += b.write('ZQ==', off, 'base64');
off += b.write('f', off, 'utf16le');
off += b.write('g', off);
console.log(off, b.toString('latin1', 0, off).split('').map((c) => c.charCodeAt(0)).join(','));
console.log(Buffer.prototype.write.length, Buffer.prototype.toString.length, Buffer.byteLength.length);
