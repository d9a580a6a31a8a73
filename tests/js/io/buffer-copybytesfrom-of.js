// Buffer.copyBytesFrom(view, offset, length) copies whole elements of any typed array; Buffer.of builds from arguments
function t(label, f) {
  try { const r = f(); console.log(label.padEnd(28), Buffer.isBuffer(r) ? r.toString('hex') : r); } catch (e) { console.log(label.padEnd(28), '|', e.name, '|', e.code, '|', e.message); }
}
const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
t('u16 all', () => Buffer.copyBytesFrom(u16));
t('u16 offset 1', () => Buffer.copyBytesFrom(u16, 1));
t('u16 offset 1 len 1', () => Buffer.copyBytesFrom(u16, 1, 1));
t('u16 offset 3', () => Buffer.copyBytesFrom(u16, 3));
t('u16 offset 10', () => Buffer.copyBytesFrom(u16, 10));
t('u16 len 0', () => Buffer.copyBytesFrom(u16, 0, 0));
t('u16 len 10', () => Buffer.copyBytesFrom(u16, 1, 10));
t('f32', () => Buffer.copyBytesFrom(new Float32Array([1, -2])));
t('i8', () => Buffer.copyBytesFrom(new Int8Array([-1, 2, -3]), 1));
t('big64', () => Buffer.copyBytesFrom(new BigUint64Array([1n])));
t('u8 subarray', () => Buffer.copyBytesFrom(new Uint8Array([1, 2, 3, 4]).subarray(1, 3)));
t('empty', () => Buffer.copyBytesFrom(new Uint8Array(0)).length);
t('is a copy', () => { const src = new Uint8Array([1]); const c = Buffer.copyBytesFrom(src); src[0] = 2; return c[0] + ' ' + (c.buffer !== src.buffer); });
t('Buffer source', () => Buffer.copyBytesFrom(Buffer.from('abc'), 1));
t('offset -1', () => Buffer.copyBytesFrom(u16, -1));
t('offset 1.5', () => Buffer.copyBytesFrom(u16, 1.5));
t('offset "1"', () => Buffer.copyBytesFrom(u16, '1'));
t('length -1', () => Buffer.copyBytesFrom(u16, 0, -1));
t('length "2"', () => Buffer.copyBytesFrom(u16, 0, '2'));
t('DataView', () => Buffer.copyBytesFrom(new DataView(new ArrayBuffer(2))));
t('ArrayBuffer', () => Buffer.copyBytesFrom(new ArrayBuffer(2)));
t('array', () => Buffer.copyBytesFrom([1, 2]));
t('undefined', () => Buffer.copyBytesFrom());
t('of()', () => Buffer.of());
t('of(1,2,3)', () => Buffer.of(1, 2, 3));
t('of wraps', () => Buffer.of(256, -1, 1.5, '7', null, NaN));
t('of is Buffer', () => Buffer.isBuffer(Buffer.of(1)) && Buffer.of(1) instanceof Buffer);
t('of.length', () => Buffer.of.length + ' ' + Buffer.copyBytesFrom.length);
t('of !== Uint8Array.of', () => Buffer.of !== Uint8Array.of);
t('Uint8Array.from on Buffer', () => Buffer.isBuffer(Uint8Array.from(Buffer.from('a'))));
