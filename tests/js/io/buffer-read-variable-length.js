// readIntLE / readIntBE / readUIntLE / readUIntBE (offset, byteLength) for byteLength 1..6, sign extension, byteLength errors
function t(label, f) {
  try { console.log(label.padEnd(24), f()); } catch (e) { console.log(label.padEnd(24), '|', e.name, '|', e.code, '|', e.message); }
}
const b = Buffer.from('8190a0b0c0d0e0f0', 'hex');
for (let n = 1; n <= 6; n++) {
  console.log(n, b.readUIntLE(0, n), b.readUIntBE(0, n), b.readIntLE(0, n), b.readIntBE(0, n), b.readUIntBE(2, n), b.readIntLE(2, n));
}
const pos = Buffer.from('7fffffffffff', 'hex');
for (let n = 1; n <= 6; n++) console.log('pos', n, pos.readIntBE(0, n), pos.readIntLE(0, n), pos.readUIntLE(0, n));
console.log(Buffer.from('000000000080', 'hex').readIntLE(0, 6), Buffer.from('800000000000', 'hex').readIntBE(0, 6));
t('byteLength 0', () => b.readUIntLE(0, 0));
t('byteLength 7', () => b.readIntBE(0, 7));
t('byteLength 2.5', () => b.readUIntBE(0, 2.5));
t('byteLength missing', () => b.readIntLE(0));
t('byteLength "2"', () => b.readUIntLE(0, '2'));
t('offset missing', () => b.readUIntLE(undefined, 2));
t('offset 3 len 6', () => b.readIntLE(3, 6));
t('offset 2 len 6', () => b.readIntLE(2, 6));
t('offset -1', () => b.readUIntBE(-1, 2));
t('offset 1.5', () => b.readIntBE(1.5, 2));
t('offset "1"', () => b.readUIntLE('1', 1));
t('short buffer', () => Buffer.alloc(2).readUIntBE(0, 3));
t('empty buffer', () => Buffer.alloc(0).readIntLE(0, 1));
t('readUintLE alias', () => b.readUintLE(0, 3) === b.readUIntLE(0, 3) && b.readUintLE === b.readUIntLE);
t('readUintBE alias', () => b.readUintBE === b.readUIntBE);
