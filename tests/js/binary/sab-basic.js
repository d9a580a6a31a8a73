// SharedArrayBuffer construction, getters, slice and typed arrays over it
const sab = new SharedArrayBuffer(8);
console.log(sab.byteLength, sab.growable, sab.maxByteLength, Object.prototype.toString.call(sab));
const ta = new Int16Array(sab); ta[1] = 513; ta[3] = -1;
const s = sab.slice(2, 6);
console.log(s instanceof SharedArrayBuffer, s.byteLength, Array.from(new Uint8Array(s)).join(','));
console.log(Array.from(new Uint8Array(sab.slice(-2))).join(','), sab.slice(6, 2).byteLength);
console.log(SharedArrayBuffer.length, SharedArrayBuffer[Symbol.species] === SharedArrayBuffer);
const dv = new DataView(sab); dv.setUint32(0, 0xdeadbeef); console.log(dv.getUint32(0).toString(16));
