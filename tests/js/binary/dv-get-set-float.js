// DataView Float32/Float64 accessors in both byte orders, NaN and -0
const dv = new DataView(new ArrayBuffer(16));
dv.setFloat64(0, Math.PI); console.log(dv.getFloat64(0), dv.getFloat64(0, true));
dv.setFloat64(8, -0, true); console.log(Object.is(dv.getFloat64(8, true), -0));
dv.setFloat32(4, 1.1); console.log(dv.getFloat32(4), dv.getFloat32(4, true));
dv.setFloat32(0, NaN); console.log(dv.getFloat32(0));
dv.setFloat64(0, 1e300, true); console.log(dv.getFloat64(0, true), dv.getFloat32(0, true));
console.log(Array.from(new Uint8Array(dv.buffer, 0, 8)).join(','));
