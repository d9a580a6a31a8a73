// StringDecoder utf8: multi-byte characters split across writes (byte by byte and in odd chunks), lastNeed/lastTotal/lastChar
const { StringDecoder } = require('string_decoder');
const hex = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(' ');
const state = (d) => `need=${d.lastNeed} total=${d.lastTotal} lastChar=[${Array.from(d.lastChar).join(',')}]`;

const text = 'a\u00e9\u20ac\ud83d\ude00z';
const bytes = new TextEncoder().encode(text);
console.log('bytes', Array.from(bytes).join(','));

let d = new StringDecoder('utf8');
let out = '';
for (const b of bytes) {
  const piece = d.write(new Uint8Array([b]));
  console.log('byte', b.toString(16), 'piece', JSON.stringify(hex(piece)), state(d));
  out += piece;
}
out += d.end();
console.log('joined ok', out === text);

for (const size of [2, 3, 4, 5]) {
  d = new StringDecoder('utf-8');
  out = '';
  for (let i = 0; i < bytes.length; i += size) out += d.write(bytes.subarray(i, i + size));
  out += d.end();
  console.log('chunk', size, out === text, d.lastNeed, d.lastTotal);
}

d = new StringDecoder();
console.log('default encoding', d.encoding);
console.log('write 3/4 of emoji', JSON.stringify(d.write(new Uint8Array([0xf0, 0x9f, 0x98]))), state(d));
console.log('end() flushes', hex(d.end()), state(d));
console.log('reuse after end', JSON.stringify(d.write(new Uint8Array([0x41, 0xe2]))), state(d));
console.log('end with final bytes', hex(d.end(new Uint8Array([0x82, 0xac]))), state(d));
console.log('end with nothing pending', JSON.stringify(d.end()));
console.log('empty write', JSON.stringify(d.write(new Uint8Array(0))), state(d));
console.log('string passthrough', d.write('already a string'));
