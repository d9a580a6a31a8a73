// writeInt8 / writeInt16LE/BE / writeInt32LE/BE: two's complement bytes, return values and range errors at the boundaries
function t(label, f) {
  const b = Buffer.alloc(6, 0xee);
  try { const r = f(b); console.log(label.padEnd(26), r, b.toString('hex')); } catch (e) { console.log(label.padEnd(26), '|', e.name, '|', e.code, '|', e.message); }
}
t('writeInt8 -1', (b) => b.writeInt8(-1));
t('writeInt8 -128', (b) => b.writeInt8(-128, 1));
t('writeInt8 127', (b) => b.writeInt8(127, 5));
t('writeInt16LE -2', (b) => b.writeInt16LE(-2));
t('writeInt16BE -32768', (b) => b.writeInt16BE(-32768, 1));
t('writeInt16BE 32767', (b) => b.writeInt16BE(32767, 4));
t('writeInt32LE -1', (b) => b.writeInt32LE(-1));
t('writeInt32BE -2147483648', (b) => b.writeInt32BE(-2147483648, 2));
t('writeInt32LE 2147483647', (b) => b.writeInt32LE(2147483647, 1));
t('writeInt32BE -123456789', (b) => b.writeInt32BE(-123456789));
t('writeInt8 -1.5', (b) => b.writeInt8(-1.5));
t('writeInt8 128', (b) => b.writeInt8(128));
t('writeInt8 -129', (b) => b.writeInt8(-129));
t('writeInt16LE 32768', (b) => b.writeInt16LE(32768));
t('writeInt16BE -32769', (b) => b.writeInt16BE(-32769));
t('writeInt32LE 2**31', (b) => b.writeInt32LE(2 ** 31));
t('writeInt32BE -(2**31)-1', (b) => b.writeInt32BE(-(2 ** 31) - 1));
t('writeInt32BE 2**40', (b) => b.writeInt32BE(2 ** 40));
t('writeInt8 NaN', (b) => b.writeInt8(NaN));
t('writeInt16LE "-5"', (b) => b.writeInt16LE('-5'));
const rt = Buffer.alloc(4);
for (const v of [0, 1, -1, 1000, -1000, 2147483647, -2147483648, -65536, 65535]) {
  rt.writeInt32LE(v);
  const le = rt.readInt32LE();
  rt.writeInt32BE(v);
  console.log(v, le, rt.readInt32BE(), rt.toString('hex'));
}
