// DataView Float16 accessors (expected output from Node 24)
const dv = new DataView(new ArrayBuffer(8));
for (const v of [1.5, -2, 65504, 65520, 1e-8, 2.980232238769532e-8, 0.1, NaN, -0]) {
  dv.setFloat16(0, v); dv.setFloat16(2, v, true);
  console.log(v, dv.getFloat16(0), dv.getFloat16(2, true), dv.getUint16(0).toString(16), dv.getUint16(2, true).toString(16));
}
console.log(DataView.prototype.getFloat16.length, DataView.prototype.setFloat16.length);
