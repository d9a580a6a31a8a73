// buf.slice / buf.subarray share memory with the parent; negative, fractional, reversed and out-of-range indices
const b = Buffer.from('0123456789');
const show = (x) => `${x.length}:${x.toString()}:${x.byteOffset - b.byteOffset}`;
const args = [[], [3], [3, 6], [-3], [-3, -1], [2, -2], [6, 3], [-100, 100], [100], [1.5, 4.9], ['2', '5'], [NaN, 4], [null, 4], [undefined, 4], [4, undefined], [0, -0], [true, 3]];
for (const a of args) {
  const fmt = (x) => (typeof x === 'string' ? `'${x}'` : Object.is(x, -0) ? '-0' : String(x));
  console.log(a.map(fmt).join(', ').padEnd(16), show(b.slice(...a)), show(b.subarray(...a)));
}
const s = b.slice(2, 5);
s[0] = 0x41;
console.log(b.toString(), s.toString(), s.buffer === b.buffer);
const sub = b.subarray(5);
b[9] = 0x5a;
console.log(sub.toString());
console.log(Buffer.isBuffer(s), Buffer.isBuffer(sub), s.constructor === Buffer, sub instanceof Buffer);
const nested = b.subarray(2, 8).subarray(1, 3);
console.log(nested.toString(), nested.byteOffset - b.byteOffset);
nested.fill('!');
console.log(b.toString());
// Uint8Array.prototype.slice copies, Buffer.prototype.slice does not
const copy = Uint8Array.prototype.slice.call(b, 0, 2);
copy[0] = 0x78;
console.log(b.toString().slice(0, 2), Buffer.isBuffer(copy), copy.constructor === Buffer);
console.log(b.slice === Buffer.prototype.slice, b.slice !== Uint8Array.prototype.slice);
const empty = b.subarray(4, 4);
console.log(empty.length, empty.toString() === '', Buffer.isBuffer(empty));
