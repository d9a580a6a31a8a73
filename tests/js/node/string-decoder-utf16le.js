// StringDecoder utf16le/ucs2: odd byte counts, surrogate pairs split across writes, lone surrogates kept, end() dropping a lone byte
const { StringDecoder } = require('string_decoder');
const units = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');
const state = (d) => `need=${d.lastNeed} total=${d.lastTotal} lastChar=[${Array.from(d.lastChar).join(',')}]`;
const bytes = new Uint8Array([0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde, 0xac, 0x20]); // "A", U+1F600, U+20AC
for (const enc of ['utf16le', 'ucs2', 'UCS-2', 'utf-16le']) {
  const d = new StringDecoder(enc);
  console.log('encoding', enc, '->', d.encoding);
}
let d = new StringDecoder('utf16le');
for (const b of bytes) {
  console.log('byte', b.toString(16), 'out', JSON.stringify(units(d.write(new Uint8Array([b])))), state(d));
}
console.log('end', JSON.stringify(units(d.end())));
d = new StringDecoder('utf16le');
console.log('three bytes', units(d.write(new Uint8Array([0x41, 0x00, 0x42]))), state(d));
console.log('end drops odd byte', JSON.stringify(units(d.end())), state(d));
console.log('high surrogate at end', units(d.write(new Uint8Array([0x3d, 0xd8]))), state(d));
console.log('end keeps lone surrogate', units(d.end()), state(d));
console.log('high + 1 byte', units(d.write(new Uint8Array([0x3d, 0xd8, 0x00]))), state(d));
console.log('end', units(d.end()), state(d));
console.log('high then non-low', units(d.write(new Uint8Array([0x3d, 0xd8]))), units(d.write(new Uint8Array([0x41, 0x00]))), state(d));
console.log('lone low', units(d.write(new Uint8Array([0x00, 0xde, 0x42, 0x00]))), state(d));
console.log('end(buf)', units(d.end(new Uint8Array([0x3d, 0xd8, 0x00, 0xde]))));
const u16 = new Uint16Array([0x0048, 0x0069, 0xd83d, 0xde00]);
d = new StringDecoder('utf16le');
console.log('Uint16Array input', units(d.write(u16)), 'round trip ok', d.end() === '' );
