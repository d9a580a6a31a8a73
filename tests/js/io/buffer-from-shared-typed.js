// Buffer.from with a SharedArrayBuffer (shared), typed arrays and other Buffers (copied), and DataView
const sab = new SharedArrayBuffer(4);
const sb = Buffer.from(sab, 1, 2);
sb[0] = 7;
console.log(new Uint8Array(sab).join(','), sb.buffer === sab, sb.buffer instanceof SharedArrayBuffer);
console.log(Buffer.from(sab).length, Buffer.from(sab).toString('hex'));
const src = Buffer.from('abc');
const copy = Buffer.from(src);
copy[0] = 0x41;
console.log(src.toString(), copy.toString(), copy.buffer === src.buffer && copy.byteOffset === src.byteOffset);
const u8 = new Uint8Array([1, 2, 300 & 255]);
const fromU8 = Buffer.from(u8);
u8[0] = 99;
console.log(fromU8.toString('hex'));
// other typed arrays: element values truncated to bytes, one byte per element
console.log(Buffer.from(new Uint16Array([1, 256, 0x1234])).toString('hex'));
console.log(Buffer.from(new Int8Array([-1, -128, 5])).toString('hex'));
console.log(Buffer.from(new Float64Array([1.5, -1.5, 300.7])).toString('hex'));
console.log(Buffer.from(new Int32Array([-2, 0x12345678])).toString('hex'));
console.log(Buffer.from(new Uint8ClampedArray([0, 255, 128])).toString('hex'));
console.log(Buffer.from(new BigInt64Array(0)).length);
try { Buffer.from(new BigInt64Array([1n])); } catch (e) { console.log(e.name); }
// a subarray view: only its window is copied
const big = new Uint8Array([10, 20, 30, 40, 50]);
console.log(Buffer.from(big.subarray(1, 4)).toString('hex'));
console.log(Buffer.from(new Uint16Array(big.buffer, 0, 2)).length);
// DataView: no length property -> empty buffer
const dv = new DataView(new ArrayBuffer(4));
console.log(Buffer.from(dv).length);
// typed array over a SharedArrayBuffer is copied
const sharedView = new Uint8Array(new SharedArrayBuffer(3));
sharedView[1] = 5;
const copied = Buffer.from(sharedView);
sharedView[1] = 6;
console.log(copied.toString('hex'), copied.buffer instanceof SharedArrayBuffer);
