// StringDecoder base64 and base64url: 3-byte groups across writes, end() padding (base64) vs none (base64url)
const { StringDecoder } = require('string_decoder');
const state = (d) => `need=${d.lastNeed} total=${d.lastTotal} lastChar=[${Array.from(d.lastChar).join(',')}]`;
const data = new Uint8Array([0xfb, 0xff, 0xbf, 0x00, 0x01, 0x02, 0x03, 0xfe]);
for (const enc of ['base64', 'base64url', 'BASE64', 'Base64URL']) {
  const d = new StringDecoder(enc);
  const pieces = [];
  for (const b of data) pieces.push(d.write(new Uint8Array([b])) + '{' + state(d) + '}');
  pieces.push('end:' + d.end());
  console.log(enc, d.encoding);
  console.log('  ', pieces.join(' '));
  for (const size of [1, 2, 4, 5, 8]) {
    const e = new StringDecoder(enc);
    let s = '';
    for (let i = 0; i < data.length; i += size) s += e.write(data.subarray(i, i + size)) + '/';
    s += e.end();
    console.log('   size', size, s);
  }
}
const d = new StringDecoder('base64');
console.log('one byte', JSON.stringify(d.write(new Uint8Array([0x61]))), state(d), d.end());
console.log('two bytes', JSON.stringify(d.write(new Uint8Array([0x61, 0x62]))), state(d), d.end());
console.log('three bytes', d.write(new Uint8Array([0x61, 0x62, 0x63])), state(d), JSON.stringify(d.end()));
console.log('end(buf)', d.end(new Uint8Array([0x68, 0x69])));
const u = new StringDecoder('base64url');
console.log('url one byte', u.end(new Uint8Array([0xff])), 'two', u.end(new Uint8Array([0xff, 0xfe])));
