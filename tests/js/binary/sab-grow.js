// Growable SharedArrayBuffer: grow, length-tracking views, and its errors
const sab = new SharedArrayBuffer(4, { maxByteLength: 12 });
const ta = new Uint8Array(sab);
console.log(sab.growable, sab.byteLength, sab.maxByteLength, ta.length);
sab.grow(10); console.log(sab.byteLength, ta.length); sab.grow(10);
for (const f of [() => sab.grow(2), () => sab.grow(13), () => new SharedArrayBuffer(4).grow(4), () => new SharedArrayBuffer(8, { maxByteLength: 4 })]) {
  try { f(); } catch (e) { console.log(e.name, e.message); }
}
console.log(sab.byteLength);
