// Buffer.from(string, 'base64'/'base64url'): padded, unpadded, both alphabets, decoding and encoding
const inputs = ['', 'QQ==', 'QQ=', 'QQ', 'QUI=', 'QUI', 'QUJD', 'aGVsbG8gd29ybGQ=', '+/+/', '-_-_', 'AP8A/w==', 'AP8A_w'];
for (const s of inputs) {
  console.log(JSON.stringify(s), Buffer.from(s, 'base64').toString('hex'), Buffer.from(s, 'base64url').toString('hex'));
}
const data = Buffer.from([0xfb, 0xff, 0xbf, 0x00, 0x3e, 0x3f]);
for (let n = 0; n <= data.length; n++) {
  const d = data.subarray(0, n);
  console.log(n, JSON.stringify(d.toString('base64')), JSON.stringify(d.toString('base64url')));
}
console.log(Buffer.from('hello world').toString('base64'));
console.log(Buffer.from('hello world').toString('base64url'));
console.log(Buffer.from('Base64', 'BASE64').toString('hex'), Buffer.from('Base64', 'Base64url').toString('hex'));
console.log(Buffer.byteLength('QUJD', 'base64'), Buffer.byteLength('QUI=', 'base64'), Buffer.byteLength('QQ==', 'base64'), Buffer.byteLength('QQ', 'base64url'));
