// structuredClone of SharedArrayBuffer (shared memory, not a copy) and DataView (buffer shared with other views)
const sab = new SharedArrayBuffer(4);
const sc = structuredClone(sab);
new Uint8Array(sc)[0] = 9;
console.log(new Uint8Array(sab)[0], sc !== sab, sc instanceof SharedArrayBuffer, sc.byteLength);
const buf = new ArrayBuffer(8);
const d = new DataView(buf, 1, 4);
const u = new Uint8Array(buf);
const [d2, u2] = structuredClone([d, u]);
console.log(d2 instanceof DataView, d2.byteOffset, d2.byteLength, d2.buffer === u2.buffer);
d2.setUint8(0, 7);
console.log(u2[1], u[1]);
const rab = new ArrayBuffer(2, { maxByteLength: 8 });
const dc = structuredClone(new DataView(rab));
dc.buffer.resize(6);
console.log(dc.byteLength);
const views = structuredClone({ a: new Int32Array(sab), b: new DataView(sab) });
console.log(views.a.buffer === views.b.buffer, views.a[0]);
