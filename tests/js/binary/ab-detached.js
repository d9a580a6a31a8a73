// Detached ArrayBuffers: getters, methods and views (Node 24 output)
const ab = new ArrayBuffer(8);
const ta = new Int32Array(ab);
ab.transfer();
console.log(ab.detached, ab.byteLength, ab.maxByteLength, ta.length, ta.byteLength, ta[0]);
for (const f of [() => ab.slice(), () => ab.transfer(), () => ab.resize(0), () => new Uint8Array(ab)]) {
  try { f(); } catch (e) { console.log(e.name, e.message); }
}
