// console.log of ArrayBuffer: hex contents, byteLength, long buffers cut after 100 bytes, detached and resizable buffers
const ab = new ArrayBuffer(4);
const u = new Uint8Array(ab);
u[0] = 1; u[1] = 0xab; u[3] = 255;
console.log(ab);
console.log(new ArrayBuffer(0));
console.log(new ArrayBuffer(60));
console.log(new ArrayBuffer(101));
console.log(new ArrayBuffer(250));
const detached = new ArrayBuffer(8);
structuredClone(detached, { transfer: [detached] });
console.log(detached);
console.log(new ArrayBuffer(3, { maxByteLength: 16 }));
console.log(new Uint8Array([1, 2]).buffer);
const extra = new ArrayBuffer(1);
extra.tag = 'x';
console.log(extra);
console.log([ab], { ab });
