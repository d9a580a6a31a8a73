// writeUInt8 / writeUInt16LE/BE / writeUInt32LE/BE: bytes written, return value (offset + size), and value range errors
function t(label, f) {
  const b = Buffer.alloc(6, 0xee);
  try { const r = f(b); console.log(label.padEnd(28), r, b.toString('hex')); } catch (e) { console.log(label.padEnd(28), '|', e.name, '|', e.code, '|', e.message); }
}
t('writeUInt8 0xab', (b) => b.writeUInt8(0xab));
t('writeUInt8 255 at 5', (b) => b.writeUInt8(255, 5));
t('writeUInt16LE 0x1234', (b) => b.writeUInt16LE(0x1234));
t('writeUInt16BE 0x1234 at 1', (b) => b.writeUInt16BE(0x1234, 1));
t('writeUInt32LE 0x12345678', (b) => b.writeUInt32LE(0x12345678));
t('writeUInt32BE 0x12345678 2', (b) => b.writeUInt32BE(0x12345678, 2));
t('writeUInt32BE max', (b) => b.writeUInt32BE(0xffffffff));
t('writeUInt16LE 1.9', (b) => b.writeUInt16LE(1.9));
t('writeUInt8 "7"', (b) => b.writeUInt8('7'));
t('writeUInt8 NaN', (b) => b.writeUInt8(NaN));
t('writeUInt8 undefined', (b) => b.writeUInt8());
t('writeUInt8 -0', (b) => b.writeUInt8(-0));
t('writeUInt8 256', (b) => b.writeUInt8(256));
t('writeUInt8 -1', (b) => b.writeUInt8(-1));
t('writeUInt16LE 65536', (b) => b.writeUInt16LE(65536));
t('writeUInt16BE -1', (b) => b.writeUInt16BE(-1));
t('writeUInt32LE 2**32', (b) => b.writeUInt32LE(2 ** 32));
t('writeUInt32BE -1', (b) => b.writeUInt32BE(-1));
t('writeUInt8 Infinity', (b) => b.writeUInt8(Infinity));
t('writeUInt8 255.5', (b) => b.writeUInt8(255.5));
t('writeUInt8 -0.5', (b) => b.writeUInt8(-0.5));
t('writeUInt8 {}', (b) => b.writeUInt8({}));
t('chained offsets', (b) => { let o = b.writeUInt8(1); o = b.writeUInt16BE(0x0203, o); return b.writeUInt16LE(0x0504, o); });
