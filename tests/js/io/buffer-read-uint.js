// readUInt8 / readUInt16LE/BE / readUInt32LE/BE at every offset, default offset 0, and values above 2^31
const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x80, 0xff, 0xfe, 0x7f, 0x00]);
for (let off = 0; off < b.length; off++) {
  const row = [off, b.readUInt8(off)];
  if (off + 2 <= b.length) row.push(b.readUInt16LE(off), b.readUInt16BE(off));
  if (off + 4 <= b.length) row.push(b.readUInt32LE(off), b.readUInt32BE(off));
  console.log(row.join(' '));
}
console.log(b.readUInt8(), b.readUInt16LE(), b.readUInt16BE(), b.readUInt32LE(), b.readUInt32BE());
console.log(b.readUInt8(undefined), b.readUInt32BE(undefined));
const max = Buffer.alloc(4, 0xff);
console.log(max.readUInt32LE(0), max.readUInt32BE(0), max.readUInt16LE(2), max.readUInt8(3));
const sub = Buffer.from([9, 9, 0x12, 0x34, 0x56, 0x78]).subarray(2);
console.log(sub.readUInt32BE(0).toString(16), sub.readUInt32LE(0).toString(16), sub.readUInt16BE(2).toString(16));
console.log(typeof b.readUInt32BE(4), Number.isInteger(b.readUInt32BE(4)), b.readUInt32BE(4) > 2 ** 31);
