// writeIntLE / writeIntBE / writeUIntLE / writeUIntBE (value, offset, byteLength): bytes, return values, range errors by width
function t(label, f) {
  const b = Buffer.alloc(8, 0xee);
  try { const r = f(b); console.log(label.padEnd(30), r, b.toString('hex')); } catch (e) { console.log(label.padEnd(30), '|', e.name, '|', e.code, '|', e.message); }
}
for (let n = 1; n <= 6; n++) {
  t('writeUIntLE 0x..0506 width ' + n, (b) => b.writeUIntLE(0x010203040506 % 2 ** (8 * n), 1, n));
  t('writeIntBE -2 ' + n, (b) => b.writeIntBE(-2, 1, n));
}
t('writeUIntBE 0xabcd 0 2', (b) => b.writeUIntBE(0xabcd, 0, 2));
t('writeIntLE -129 0 2', (b) => b.writeIntLE(-129, 0, 2));
t('writeUIntLE max 6', (b) => b.writeUIntLE(2 ** 48 - 1, 0, 6));
t('writeIntBE min 6', (b) => b.writeIntBE(-(2 ** 47), 0, 6));
t('writeUIntLE 256 1', (b) => b.writeUIntLE(256, 0, 1));
t('writeUIntBE 2**24 3', (b) => b.writeUIntBE(2 ** 24, 0, 3));
t('writeUIntLE 2**40 5', (b) => b.writeUIntLE(2 ** 40, 0, 5));
t('writeUIntLE 2**48 6', (b) => b.writeUIntLE(2 ** 48, 0, 6));
t('writeIntLE 128 1', (b) => b.writeIntLE(128, 0, 1));
t('writeIntBE 2**23 3', (b) => b.writeIntBE(2 ** 23, 0, 3));
t('writeIntBE -(2**39)-1 5', (b) => b.writeIntBE(-(2 ** 39) - 1, 0, 5));
t('writeIntLE 2**47 6', (b) => b.writeIntLE(2 ** 47, 0, 6));
t('writeUIntLE -1 2', (b) => b.writeUIntLE(-1, 0, 2));
t('byteLength 0', (b) => b.writeUIntLE(1, 0, 0));
t('byteLength 7', (b) => b.writeIntLE(1, 0, 7));
t('byteLength missing', (b) => b.writeIntBE(1, 0));
t('offset 7 len 2', (b) => b.writeUIntBE(1, 7, 2));
t('offset 3 len 6', (b) => b.writeIntLE(1, 3, 6));
t('offset -1', (b) => b.writeUIntLE(1, -1, 1));
t('value 1.5', (b) => b.writeUIntLE(1.5, 0, 2));
t('value "300"', (b) => b.writeUIntBE('300', 0, 2));
t('writeUintLE alias', (b) => b.writeUintLE(0x0a0b, 0, 2) + ' ' + (b.writeUintLE === b.writeUIntLE));
t('writeUintBE alias', (b) => b.writeUintBE(0x0a0b, 0, 2) + ' ' + (b.writeUintBE === b.writeUIntBE));
