// StringDecoder hex, latin1/binary and ascii: stateless per write, ascii masks the high bit, encoding name normalisation
const { StringDecoder } = require('string_decoder');
const hex = (s) => Array.from(s, (c) => c.charCodeAt(0).toString(16)).join(' ');
const all = new Uint8Array(256).map((_, i) => i);
const names = ['hex', 'HEX', 'latin1', 'binary', 'LATIN1', 'BINARY', 'ascii', 'ASCII', 'Ascii'];
for (const enc of names) console.log('name', enc, '->', new StringDecoder(enc).encoding);
const h = new StringDecoder('hex');
console.log('hex', h.write(all.subarray(0, 20)), h.write(all.subarray(240)), JSON.stringify(h.end()), h.lastNeed, h.lastTotal);
console.log('hex end(buf)', h.end(new Uint8Array([0xde, 0xad, 0xbe, 0xef])));
const l = new StringDecoder('latin1');
const ls = l.write(all);
console.log('latin1 length', ls.length, 'codes ok', Array.from(ls).every((c, i) => c.charCodeAt(0) === i), hex(ls.slice(0x7e, 0x82)));
const a = new StringDecoder('ascii');
const as = a.write(all);
console.log('ascii length', as.length, hex(as.slice(0x7e, 0x84)), hex(as.slice(0xfe)));
console.log('ascii end', JSON.stringify(a.end(new Uint8Array([0xc3, 0xa9]))), a.lastNeed, a.lastTotal);
const dv = new DataView(new Uint8Array([0x00, 0x68, 0x69, 0x00]).buffer, 1, 2);
console.log('DataView', new StringDecoder('latin1').write(dv), new StringDecoder('hex').write(dv));
