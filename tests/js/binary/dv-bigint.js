// DataView BigInt64/BigUint64 accessors, wrapping and type errors
const dv = new DataView(new ArrayBuffer(16));
dv.setBigInt64(0, -2n); console.log(dv.getBigInt64(0), dv.getBigUint64(0), dv.getBigInt64(0, true));
dv.setBigUint64(8, 2n ** 64n + 5n, true); console.log(dv.getBigUint64(8, true), dv.getBigUint64(8));
try { dv.setBigInt64(0, 1); } catch (e) { console.log(e.name, e.message); }
try { dv.setInt32(0, 1n); } catch (e) { console.log(e.name, e.message); }
