// utf8 decoding of malformed input: each maximal invalid subpart becomes one U+FFFD (overlong, truncated, lone continuation, surrogates, > U+10FFFF)
function show(label, bytes) {
  const s = Buffer.from(bytes).toString('utf8');
  const codes = Array.from(s, (c) => c.codePointAt(0).toString(16).padStart(4, '0')).join(' ');
  console.log(label.padEnd(26), codes);
}
show('lone continuation 80', [0x80]);
show('continuations 80 bf', [0x61, 0x80, 0xbf, 0x62]);
show('overlong c0 80', [0xc0, 0x80]);
show('overlong c1 bf', [0xc1, 0xbf]);
show('overlong e0 80 80', [0xe0, 0x80, 0x80]);
show('overlong e0 9f bf', [0xe0, 0x9f, 0xbf]);
show('overlong f0 80 80 80', [0xf0, 0x80, 0x80, 0x80]);
show('overlong f0 8f bf bf', [0xf0, 0x8f, 0xbf, 0xbf]);
show('surrogate ed a0 80', [0xed, 0xa0, 0x80]);
show('surrogate ed bf bf', [0xed, 0xbf, 0xbf]);
show('pair ed a0 bd ed b8 80', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]);
show('max ed 9f bf', [0xed, 0x9f, 0xbf]);
show('f4 90 80 80 > 10ffff', [0xf4, 0x90, 0x80, 0x80]);
show('f4 8f bf bf = 10ffff', [0xf4, 0x8f, 0xbf, 0xbf]);
show('f5 80 80 80', [0xf5, 0x80, 0x80, 0x80]);
show('f8 88 80 80 80', [0xf8, 0x88, 0x80, 0x80, 0x80]);
show('fe ff', [0xfe, 0xff]);
show('truncated c3', [0x61, 0xc3]);
show('truncated e2 82', [0xe2, 0x82]);
show('truncated e2 82 then a', [0xe2, 0x82, 0x61]);
show('truncated f0 9f 98', [0xf0, 0x9f, 0x98]);
show('truncated f0 9f 98 then a', [0xf0, 0x9f, 0x98, 0x41]);
show('truncated f0 then f0 9f 98 80', [0xf0, 0xf0, 0x9f, 0x98, 0x80]);
show('c3 then c3 a9', [0xc3, 0xc3, 0xa9]);
show('e2 then 28 a1', [0xe2, 0x28, 0xa1]);
show('bom ef bb bf 41', [0xef, 0xbb, 0xbf, 0x41]);
show('nul', [0x00, 0x41, 0x00]);
show('efbfbd itself', [0xef, 0xbf, 0xbd]);
show('ef bf bf (uffff)', [0xef, 0xbf, 0xbf]);
show('mixed', [0xe6, 0x97, 0xa5, 0xff, 0xe6, 0x97, 0x41, 0xf0, 0x9f, 0x98, 0x80]);
// a range that cuts a character in half
const smile = Buffer.from('a😀b');
for (let end = 1; end <= smile.length; end++) {
  console.log('end', end, Array.from(smile.toString('utf8', 0, end), (c) => c.codePointAt(0).toString(16)).join(' '));
}
console.log(Array.from(smile.toString('utf8', 2), (c) => c.codePointAt(0).toString(16)).join(' '));
