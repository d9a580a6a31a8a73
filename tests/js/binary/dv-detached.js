// DataView over a detached buffer (ArrayBuffer.prototype.transfer; Node 24 output)
const ab = new ArrayBuffer(8);
const dv = new DataView(ab);
ab.transfer();
for (const f of [() => dv.byteLength, () => dv.byteOffset, () => dv.getInt8(0), () => dv.setUint16(0, 1), () => new DataView(ab)]) {
  try { f(); } catch (e) { console.log(e.name, e.message); }
}
console.log(dv.buffer === ab, ab.detached);
