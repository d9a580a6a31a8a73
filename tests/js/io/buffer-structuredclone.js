// structuredClone of a Buffer returns a plain Uint8Array copy; transferring; Buffers inside cloned containers
const b = Buffer.from('hello');
const c = structuredClone(b);
console.log(Buffer.isBuffer(c), c instanceof Uint8Array, c.constructor === Uint8Array, c.constructor.name);
// a pooled Buffer's whole backing ArrayBuffer is cloned, so offset and backing size are kept
console.log(c, c.length, c.byteOffset === b.byteOffset, c.buffer.byteLength === b.buffer.byteLength, c.buffer !== b.buffer);
c[0] = 0x48;
console.log(b.toString(), Buffer.from(c).toString());
const pooled = Buffer.from('xy');
const pc = structuredClone(pooled);
console.log(pc.length, pc.byteOffset === pooled.byteOffset, pc.buffer.byteLength === pooled.buffer.byteLength);
const exact = Buffer.from(new Uint8Array([5, 6, 7]).buffer, 1);
const ec = structuredClone(exact);
console.log(ec, ec.byteOffset, ec.buffer.byteLength);
const nested = structuredClone({ data: Buffer.from([1, 2]), list: [Buffer.alloc(0)] });
console.log(nested, Buffer.isBuffer(nested.data));
const own = Buffer.from('a');
own.extra = 1;
console.log(structuredClone(own), 'extra' in structuredClone(own));
const slow = Buffer.allocUnsafeSlow(4).fill(7);
const moved = structuredClone(slow, { transfer: [slow.buffer] });
console.log(moved, slow.length, slow.buffer.byteLength, Buffer.isBuffer(moved));
const viaSab = Buffer.from(new SharedArrayBuffer(2));
const sc = structuredClone(viaSab);
console.log(sc.buffer instanceof SharedArrayBuffer, sc.constructor.name);
const same = Buffer.from('zz');
const pair = structuredClone([same, same]);
console.log(pair[0] === pair[1], pair[0]);
