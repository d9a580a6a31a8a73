// Buffers as Uint8Arrays: set(), species of map/filter/slice, DataView over buf.buffer needs byteOffset, views of a Buffer's memory
const b = Buffer.alloc(6);
b.set([1, 2, 3], 1);
b.set(new Uint8Array([9]), 5);
console.log(b.toString('hex'));
try { b.set([1, 2, 3], 5); } catch (e) { console.log(e.name); }
const m = b.map((x) => x + 1);
console.log(Buffer.isBuffer(m), m.toString('hex'));
const f = b.filter((x) => x > 1);
console.log(Buffer.isBuffer(f), f.toString('hex'));
const sl = Uint8Array.prototype.slice.call(b, 1, 3);
sl[0] = 0xff;
console.log(Buffer.isBuffer(sl), b[1], sl.toString('hex'));
const sub = Uint8Array.prototype.subarray.call(b, 2);
console.log(Buffer.isBuffer(sub), sub.toString('hex'));
// a DataView over a Buffer's memory must honour byteOffset
const pooled = Buffer.from([0x12, 0x34, 0x56, 0x78]);
const dv = new DataView(pooled.buffer, pooled.byteOffset, pooled.byteLength);
console.log(dv.getUint32(0).toString(16), dv.getUint16(1, true).toString(16), pooled.readUInt32BE(0) === dv.getUint32(0));
dv.setUint8(0, 0xab);
console.log(pooled.toString('hex'));
const u32 = new Uint32Array(new ArrayBuffer(8));
const view = Buffer.from(u32.buffer);
view.writeUInt32LE(0xdeadbeef, 4);
console.log(u32[1].toString(16), u32[0]);
const fromBuf = new Uint16Array(Buffer.from([1, 2, 3]));
console.log(Array.from(fromBuf));
console.log(new Uint8Array(Buffer.from('ab')).constructor.name, Buffer.from('ab').slice().constructor.name);
console.log(Array.prototype.slice.call(Buffer.from('abc'), 1), [].concat(Buffer.from('a')).length);
console.log(b.copyWithin(0, 3).toString('hex'), b.fill(0).every((x) => x === 0));
