// Buffer.allocUnsafe / allocUnsafeSlow give buffers of the right size; contents are printed only after being overwritten
const u = Buffer.allocUnsafe(10);
console.log(u.length, Buffer.isBuffer(u), u instanceof Uint8Array);
u.fill(0xab);
console.log(u.toString('hex'));
const s = Buffer.allocUnsafeSlow(6);
console.log(s.length, s.byteOffset, s.buffer.byteLength);
s.write('abcdef');
console.log(s.toString());
console.log(Buffer.allocUnsafe(0).length, Buffer.allocUnsafeSlow(0).length);
console.log(typeof Buffer.poolSize, Buffer.poolSize);
// small allocUnsafe buffers come from a shared pool; big ones and Slow ones do not
const small = Buffer.allocUnsafe(16);
console.log(small.buffer.byteLength === Buffer.poolSize, small.buffer.byteLength >= 16);
const large = Buffer.allocUnsafe(Buffer.poolSize);
console.log(large.byteOffset, large.buffer.byteLength === Buffer.poolSize);
const slow = Buffer.allocUnsafeSlow(16);
console.log(slow.byteOffset, slow.buffer.byteLength);
// pooled Buffer.from(string) also lives in the pool, with an 8-aligned offset
const p1 = Buffer.from('x');
const p2 = Buffer.from('y');
console.log(p1.byteOffset % 8, p2.byteOffset % 8, p1.buffer === p2.buffer);
const z = Buffer.allocUnsafe(5).fill(0);
console.log(z.toString('hex'));
const w = Buffer.allocUnsafe(3);
w[0] = 1; w[1] = 2; w[2] = 3;
console.log(Array.from(w));
const filledByWrite = Buffer.allocUnsafe(4);
filledByWrite.writeUInt32BE(0xdeadbeef);
console.log(filledByWrite.toString('hex'));
const c = Buffer.allocUnsafe(3);
Buffer.from('xyz').copy(c);
console.log(c.toString());
