// readBigInt64LE/BE, readBigUInt64LE/BE and writers: bytes, sign, range errors, non-BigInt values, aliases
function t(label, f) {
  try { console.log(label.padEnd(30), f()); } catch (e) { console.log(label.padEnd(30), '|', e.name, '|', e.code, '|', e.message); }
}
const b = Buffer.from('0102030405060708ffffffffffffffff8000000000000000', 'hex');
t('readBigUInt64LE 0', () => b.readBigUInt64LE(0));
t('readBigUInt64BE 0', () => b.readBigUInt64BE(0));
t('readBigInt64LE 0', () => b.readBigInt64LE());
t('readBigInt64BE 8', () => b.readBigInt64BE(8));
t('readBigUInt64BE 8', () => b.readBigUInt64BE(8));
t('readBigInt64BE 16', () => b.readBigInt64BE(16));
t('readBigInt64LE 16', () => b.readBigInt64LE(16));
t('readBigInt64LE 3', () => b.readBigInt64LE(3));
t('typeof', () => typeof b.readBigInt64LE(0));
function w(label, f) {
  const x = Buffer.alloc(10, 0xee);
  t(label, () => f(x) + ' ' + x.toString('hex'));
}
w('writeBigInt64LE -1n', (x) => x.writeBigInt64LE(-1n));
w('writeBigInt64BE -2n at 2', (x) => x.writeBigInt64BE(-2n, 2));
w('writeBigUInt64LE 2**64-1', (x) => x.writeBigUInt64LE(2n ** 64n - 1n));
w('writeBigUInt64BE 0x0102..', (x) => x.writeBigUInt64BE(0x0102030405060708n, 1));
w('writeBigInt64BE min', (x) => x.writeBigInt64BE(-(2n ** 63n)));
w('writeBigInt64LE max', (x) => x.writeBigInt64LE(2n ** 63n - 1n));
w('writeBigInt64LE 2**63', (x) => x.writeBigInt64LE(2n ** 63n));
w('writeBigInt64BE -(2**63)-1', (x) => x.writeBigInt64BE(-(2n ** 63n) - 1n));
w('writeBigUInt64LE -1n', (x) => x.writeBigUInt64LE(-1n));
w('writeBigUInt64BE 2**64', (x) => x.writeBigUInt64BE(2n ** 64n));
// a Number or String value is a TypeError from BigInt arithmetic (the engine's message, so only the name is printed)
for (const v of [1, '1']) {
  try { Buffer.alloc(8).writeBigInt64LE(v); } catch (e) { console.log('non-BigInt', typeof v, e.name, e.code); }
  try { Buffer.alloc(8).writeBigUInt64BE(v); } catch (e) { console.log('non-BigInt unsigned', typeof v, e.name, e.code); }
}
w('writeBigInt64LE offset 3', (x) => x.writeBigInt64LE(1n, 3));
w('writeBigUint64LE alias', (x) => x.writeBigUint64LE(255n));
t('readBigUint64BE alias', () => b.readBigUint64BE(0));
t('alias identity', () => b.readBigUint64LE === b.readBigUInt64LE && b.writeBigUint64BE === b.writeBigUInt64BE);
t('read short buffer', () => Buffer.alloc(7).readBigInt64LE());
t('read offset 17', () => b.readBigUInt64LE(17));
t('read offset -1', () => b.readBigInt64BE(-1));
