// DataView set: index converted, then value, then bounds checked (side effects seen in order)
const dv = new DataView(new ArrayBuffer(4));
const log = [];
const idx = { valueOf() { log.push('index'); return 10; } };
const val = { valueOf() { log.push('value'); return 1; } };
try { dv.setInt8(idx, val); } catch (e) { log.push(e.name); }
try { dv.getInt8(-1, { valueOf() { log.push('never'); } }); } catch (e) { log.push(e.name); }
console.log(log.join(','));
