// TextEncoder/TextDecoder interop with Buffers: decoding Buffers and subarrays, encodeInto a Buffer, agreement with toString
const enc = new TextEncoder();
const dec = new TextDecoder();
const b = Buffer.from('héllo wörld €😀');
console.log(dec.decode(b), dec.decode(b) === b.toString());
console.log(dec.decode(b.subarray(1, 3)), dec.decode(b.subarray(7)));
const u = enc.encode('héllo wörld €😀');
console.log(Buffer.from(u).equals(b), Buffer.compare(u, b), b.equals(u));
const target = Buffer.alloc(8, 0x2e);
const r = enc.encodeInto('a€😀', target);
console.log(r.read, r.written, target.toString('hex'));
const small = Buffer.alloc(5, 0x2e);
console.log(enc.encodeInto('a€😀', small), small.toString('hex'));
const bad = Buffer.from([0x61, 0xff, 0xe2, 0x82, 0x62, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98]);
console.log(dec.decode(bad) === bad.toString(), JSON.stringify(bad.toString()));
try { new TextDecoder('utf-8', { fatal: true }).decode(bad); } catch (e) { console.log(e.name, e.code); }
const bom = Buffer.from([0xef, 0xbb, 0xbf, 0x41]);
console.log(dec.decode(bom).length, bom.toString().length, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bom).length);
const u16 = new TextDecoder('utf-16le');
console.log(u16.decode(Buffer.from('añ😀', 'utf16le')), u16.decode(Buffer.from([0x41, 0x00, 0x42])));
console.log(JSON.stringify(Buffer.from([0x41, 0x00, 0x42]).toString('utf16le')));
const stream = new TextDecoder();
const parts = [b.subarray(0, 2), b.subarray(2, 14), b.subarray(14)];
console.log(parts.map((p) => stream.decode(p, { stream: true })).join('|') + stream.decode());
console.log(dec.decode(b.buffer.slice(b.byteOffset, b.byteOffset + 5)));
