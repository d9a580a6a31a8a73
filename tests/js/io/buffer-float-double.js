// readFloatLE/BE, readDoubleLE/BE and their writers: exact bytes, float rounding, NaN, infinities, -0, denormals
const f = Buffer.alloc(4);
const d = Buffer.alloc(8);
const values = [0, -0, 1, -1, 0.1, 1.5, -2.25, 3.4028234663852886e38, 1e39, 1.401298464324817e-45, 1e-46, 2 ** -126, Infinity, -Infinity, NaN, 16777217, Math.PI];
for (const v of values) {
  const r1 = f.writeFloatLE(v);
  const le = f.toString('hex');
  const rf = f.readFloatLE(0);
  f.writeFloatBE(v);
  const be = f.toString('hex');
  const r2 = d.writeDoubleLE(v);
  const dle = d.toString('hex');
  const rd = d.readDoubleLE(0);
  d.writeDoubleBE(v);
  console.log(String(Object.is(v, -0) ? '-0' : v).padEnd(24), r1, le, be, Object.is(rf, -0) ? '-0' : rf, r2, dle, d.toString('hex'), Object.is(rd, -0) ? '-0' : rd, d.readDoubleBE(0) === rd || Number.isNaN(rd));
}
const raw = Buffer.from('0000c07f0000807fffffffff000000000000f87f', 'hex');
console.log(raw.readFloatLE(0), raw.readFloatLE(4), raw.readFloatBE(8), raw.readFloatLE(12), raw.readDoubleLE(12));
console.log(Buffer.from('3ff0000000000000', 'hex').readDoubleBE(), Buffer.from('000000000000f03f', 'hex').readDoubleLE());
console.log(Buffer.from('3f800000', 'hex').readFloatBE(), Buffer.from('0000803f', 'hex').readFloatLE());
console.log(Buffer.from('0000000000000080', 'hex').readDoubleLE(), Object.is(Buffer.from('80000000', 'hex').readFloatBE(), -0));
const odd = Buffer.alloc(11);
console.log(odd.writeDoubleBE(123.456, 3), odd.readDoubleBE(3), odd.writeFloatLE(-7.5, 1), odd.readFloatLE(1));
console.log(f.writeFloatLE('2.5'), f.readFloatLE(), f.writeFloatBE(undefined), f.readFloatBE(), f.writeDoubleLE === f.writeDoubleLE);
console.log(d.writeDoubleLE({ valueOf() { return 42; } }), d.readDoubleLE());
