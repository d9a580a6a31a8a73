// %TypedArray%.prototype.set from typed arrays over the same buffer: overlapping copies as if the source were cloned first, across types
const show = (ta) => Array.from(ta).join(',');
const a = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
a.set(a.subarray(0, 6), 2);
console.log(show(a));
const b = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
b.set(b.subarray(2), 0);
console.log(show(b));
const buf = new ArrayBuffer(8);
const bytes = new Uint8Array(buf);
bytes.set([1, 2, 3, 4, 5, 6, 7, 8]);
const words = new Uint16Array(buf, 0, 2);
bytes.set(words, 1);
console.log(show(bytes));
const bytes2 = new Uint8Array([1, 0, 2, 0, 3, 0, 4, 0]);
const halves = new Int16Array(bytes2.buffer);
new Int8Array(bytes2.buffer).set(halves, 4);
console.log(show(bytes2));
const f = new Float32Array([1.5, -2.5, 3.25]);
const i = new Int32Array(3);
i.set(f);
console.log(show(i));
const u = new Uint8ClampedArray(3);
u.set(new Float64Array([-5, 127.5, 1000]));
console.log(show(u));
const big = new BigInt64Array([-1n, 2n]);
const ubig = new BigUint64Array(2);
ubig.set(big);
console.log(show(ubig));
try { i.set(big); } catch (e) { console.log(e.name); }
try { a.set(new Uint8Array(3), 6); } catch (e) { console.log(e.name); }
try { a.set(new Uint8Array(1), -1); } catch (e) { console.log(e.name); }
a.set(new Uint8Array(0), 8);
console.log(a.set(new Uint8Array([9]), 7.9), a[7]);
