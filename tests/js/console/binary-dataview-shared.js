// console.log of DataView (byteLength, byteOffset, buffer) and SharedArrayBuffer
const buf = new ArrayBuffer(4);
new Uint8Array(buf)[1] = 0x10;
console.log(new DataView(buf));
console.log(new DataView(buf, 1, 2));
const sab = new SharedArrayBuffer(3);
new Uint8Array(sab)[2] = 7;
console.log(sab);
console.log(new Int32Array(new SharedArrayBuffer(8)));
console.log({ dv: new DataView(new ArrayBuffer(1)) });
console.log(new DataView(new SharedArrayBuffer(2)));
console.log(new SharedArrayBuffer(120));
