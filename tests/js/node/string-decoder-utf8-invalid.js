// StringDecoder utf8: invalid and truncated sequences produce U+FFFD like Node (whole and split across writes)
const { StringDecoder } = require('string_decoder');
const hex = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(' ');
const cases = [
  [0xff], [0x80], [0xc0, 0x80], [0xc2], [0xe2, 0x82], [0xe2, 0x82, 0x41], [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x90, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe0, 0x80, 0x80],
  [0x41, 0x80, 0x80, 0x80, 0x80], [0xef, 0xbb, 0xbf, 0x41], [0xc3, 0xa9, 0xe9], [0xe2, 0xe2, 0x82, 0xac],
  [0xf0, 0x9f, 0x41, 0x42], [0xc2, 0xc2, 0xa9],
];
for (const bytes of cases) {
  const whole = new StringDecoder('utf8');
  const a = whole.write(new Uint8Array(bytes)) + '|' + whole.end();
  const split = new StringDecoder('utf8');
  const parts = bytes.map((b) => split.write(new Uint8Array([b])));
  parts.push(split.end());
  console.log('bytes', bytes.map((b) => b.toString(16)).join(' '), '=> whole', JSON.stringify(hex(a)),
    'split', JSON.stringify(parts.map(hex)));
}
const d = new StringDecoder('utf8');
console.log('lead then ascii', hex(d.write(new Uint8Array([0xe2]))), d.lastNeed, hex(d.write(new Uint8Array([0x41, 0x42]))), d.lastNeed);
console.log('lead then lead', hex(d.write(new Uint8Array([0xf0, 0x9f]))), d.lastNeed, d.lastTotal, hex(d.write(new Uint8Array([0xe2, 0x82, 0xac]))), d.lastNeed);
console.log('five trailing', hex(d.write(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80]))), d.lastNeed, d.lastTotal);
console.log('end', JSON.stringify(d.end()));
