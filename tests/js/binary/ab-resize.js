// ArrayBuffer resize: growing, shrinking, views tracking it, and its errors
const ab = new ArrayBuffer(4, { maxByteLength: 8 });
const ta = new Uint8Array(ab); ta[0] = 1; ta[3] = 4;
console.log(ab.resizable, ab.byteLength, ab.maxByteLength, ta.length);
ab.resize(8); console.log(ab.byteLength, ta.length, ta[3], ta[7]);
ab.resize(2); console.log(ab.byteLength, ta.length, ta[3]);
for (const f of [() => ab.resize(9), () => ab.resize(-1), () => new ArrayBuffer(4).resize(2), () => new ArrayBuffer(5, { maxByteLength: 4 })]) {
  try { f(); } catch (e) { console.log(e.name, e.message); }
}
