// A sort comparator that detaches (ArrayBuffer.prototype.transfer: output from Node 24) or shrinks the buffer: no crash, out-of-bounds writes are skipped
const show = (ta) => ta.constructor.name + '[' + (ta.length ? Array.from(ta).join(',') : '') + '] len=' + ta.length;
const a = new Int32Array([5, 3, 9, 1]);
let detached = false;
a.sort((x, y) => {
  if (!detached) { a.buffer.transfer(); detached = true; }
  return x - y;
});
console.log(show(a), a.byteLength);
const rab = new ArrayBuffer(16, { maxByteLength: 32 });
const b = new Int32Array(rab);
b.set([40, 30, 20, 10]);
let shrunk = false;
b.sort((x, y) => {
  if (!shrunk) { rab.resize(8); shrunk = true; }
  return x - y;
});
console.log(show(b));
const rab2 = new ArrayBuffer(8, { maxByteLength: 32 });
const c = new Uint8Array(rab2);
c.set([8, 7, 6, 5, 4, 3, 2, 1]);
let grown = false;
c.sort((x, y) => {
  if (!grown) { rab2.resize(12); grown = true; }
  return x - y;
});
console.log(show(c));
const d = new Float64Array([3, 2, 1]);
const sorted = d.toSorted((x, y) => { if (!d.buffer.detached) d.buffer.transfer(); return x - y; });
console.log(show(sorted), d.length);
try { d.sort(); } catch (e) { console.log(e.name, e instanceof TypeError); }
