// subarray views the same buffer: writes are shared, offsets and lengths, negative and out-of-range arguments
const show = (ta) => ta.constructor.name + '[' + Array.from(ta).join(',') + ']';
const a = new Int32Array([0, 1, 2, 3, 4, 5, 6, 7]);
const s = a.subarray(2, 5);
console.log(show(s), s.length, s.byteOffset, s.byteLength, s.buffer === a.buffer);
s[0] = 100;
a[4] = 400;
console.log(show(a), show(s));
const t = s.subarray(1);
console.log(show(t), t.byteOffset);
console.log(show(a.subarray(-3)), show(a.subarray(-3, -1)), show(a.subarray(5, 2)), show(a.subarray(100)));
console.log(show(a.subarray()), a.subarray().buffer === a.buffer);
const bytes = new Uint8Array(a.buffer, 4, 8);
const sub = bytes.subarray(2, 6);
console.log(sub.byteOffset, sub.length);
const f = new Float64Array(4).subarray(1, 3);
f.fill(2.5);
console.log(show(new Float64Array(f.buffer)));
console.log(Int8Array.prototype.subarray.length);
