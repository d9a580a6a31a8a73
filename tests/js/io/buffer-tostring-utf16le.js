// utf16le / ucs2 decoding: odd byte counts drop the last byte, lone surrogates stay as-is, ranges at odd offsets
const codes = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16).padStart(4, '0')).join(' ');
const b = Buffer.from([0x61, 0x00, 0x62, 0x00, 0x63]);
console.log(b.length, JSON.stringify(b.toString('utf16le')), codes(b.toString('ucs2')));
console.log(codes(Buffer.from([0x41]).toString('utf16le')) === '', Buffer.from([0x41]).toString('utf16le').length);
console.log(codes(b.toString('utf16le', 1)));
console.log(codes(b.toString('utf16le', 1, 4)));
console.log(codes(b.toString('utf16le', 0, 3)));
console.log(codes(Buffer.from([0x3d, 0xd8, 0x00, 0xde]).toString('utf16le')));
console.log(codes(Buffer.from([0x3d, 0xd8]).toString('utf16le')));
console.log(codes(Buffer.from([0x00, 0xde, 0x3d, 0xd8]).toString('utf16le')));
console.log(codes(Buffer.from([0x3d, 0xd8, 0x41, 0x00]).toString('utf16le')));
console.log(codes(Buffer.from([0xff, 0xfe, 0x41, 0x00]).toString('utf16le')));
console.log(codes(Buffer.from([0xfe, 0xff, 0x00, 0x41]).toString('utf16le')));
const text = 'Añ€😀';
const enc = Buffer.from(text, 'utf16le');
for (let end = 0; end <= enc.length; end++) console.log('end', end, codes(enc.toString('utf16le', 0, end)));
console.log(enc.toString('utf-16le') === text, enc.toString('UCS-2') === text);
console.log(codes(Buffer.from(new Uint8Array([0x34, 0x12, 0x78])).toString('ucs2')));
