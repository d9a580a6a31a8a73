// ArrayBuffer transfer and transferToFixedLength (Node 24 output)
const ab = new ArrayBuffer(4, { maxByteLength: 8 });
const u = new Uint8Array(ab); for (let i = 0; i < 4; i++) u[i] = i + 1;
const t1 = ab.transfer(6);
console.log(ab.detached, ab.byteLength, t1.byteLength, t1.resizable, t1.maxByteLength, Array.from(new Uint8Array(t1)).join(','));
const t2 = t1.transferToFixedLength(2);
console.log(t1.detached, t2.resizable, t2.byteLength, Array.from(new Uint8Array(t2)).join(','));
try { t1.transfer(); } catch (e) { console.log(e.name, e.message); }
try { t2.transfer(-1); } catch (e) { console.log(e.name, e.message); }
const t3 = t2.transfer(); console.log(t3.byteLength, t2.detached, t2.maxByteLength);
