// readInt8 / readInt16LE/BE / readInt32LE/BE: sign extension at every offset and at the boundaries
const b = Buffer.from([0x7f, 0x80, 0xff, 0x00, 0x01, 0xfe, 0x80, 0x00, 0x00, 0x80]);
for (let off = 0; off < b.length; off++) {
  const row = [off, b.readInt8(off)];
  if (off + 2 <= b.length) row.push(b.readInt16LE(off), b.readInt16BE(off));
  if (off + 4 <= b.length) row.push(b.readInt32LE(off), b.readInt32BE(off));
  console.log(row.join(' '));
}
const cases = [[0x7f, 0xff, 0xff, 0xff], [0x80, 0, 0, 0], [0xff, 0xff, 0xff, 0xff], [0, 0, 0, 0x80], [0xff, 0xff, 0xff, 0x7f]];
for (const c of cases) {
  const x = Buffer.from(c);
  console.log(x.toString('hex'), x.readInt32BE(0), x.readInt32LE(0), x.readInt16BE(0), x.readInt16LE(2), x.readInt8(0), x.readInt8(3));
}
console.log(Object.is(Buffer.from([0, 0]).readInt16BE(0), 0), Object.is(Buffer.from([0x80, 0]).readInt16BE(), -32768));
