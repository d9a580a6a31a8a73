// Buffer.from(arrayBuffer, byteOffset, length) shares memory; offset/length coercion and out-of-bounds errors
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab);
for (let i = 0; i < 8; i++) view[i] = i + 1;
const whole = Buffer.from(ab);
console.log(whole.length, whole.byteOffset, whole.buffer === ab, whole.toString('hex'));
const part = Buffer.from(ab, 2, 3);
console.log(part.length, part.byteOffset, part.buffer === ab, part.toString('hex'));
part[0] = 0xaa;
view[4] = 0xbb;
console.log(view[2], part[2], whole.toString('hex'));
const tail = Buffer.from(ab, 5);
console.log(tail.length, tail.byteOffset, tail.toString('hex'));
t('offset 8', () => Buffer.from(ab, 8).length);
t('offset 8 len 0', () => Buffer.from(ab, 8, 0).length);
t('offset "2"', () => Buffer.from(ab, '2', '2').toString('hex'));
t('offset 1.7', () => Buffer.from(ab, 1.7, 2.9).toString('hex'));
t('offset NaN', () => Buffer.from(ab, NaN, 1).toString('hex'));
t('offset undefined len 2', () => Buffer.from(ab, undefined, 2).toString('hex'));
t('len NaN', () => Buffer.from(ab, 1, NaN).length);
t('len -5', () => Buffer.from(ab, 1, -5).length);
t('offset 9', () => Buffer.from(ab, 9));
try { Buffer.from(ab, -1); } catch (e) { console.log('offset -1', e.name, e instanceof RangeError); }
t('len 9', () => Buffer.from(ab, 0, 9));
t('offset 4 len 5', () => Buffer.from(ab, 4, 5));
t('offset Infinity', () => Buffer.from(ab, Infinity));
t('len Infinity', () => Buffer.from(ab, 0, Infinity));
const empty = Buffer.from(new ArrayBuffer(0));
console.log(empty.length, empty.byteLength);
const u16 = new Uint16Array([0x1234, 0xabcd]);
const viaBuffer = Buffer.from(u16.buffer);
console.log(viaBuffer.toString('hex'));
viaBuffer[0] = 0xff;
console.log(u16[0].toString(16));
const sub = new Uint8Array(ab, 3, 2);
console.log(Buffer.from(sub.buffer, sub.byteOffset, sub.byteLength).toString('hex'));
