// console.log of binary data nested in objects, arrays, Maps and Sets, beyond the depth limit, and repeated references
const u = new Uint8Array([1, 2]);
console.log({ a: u, b: [u, new Int16Array(1)], m: new Map([[1, u]]), s: new Set([u.buffer]) });
console.log([[[[new Uint8Array(1)]]]]);
console.log({ l1: { l2: { l3: new Float32Array(2), b: new ArrayBuffer(1) } } });
const self = new Uint8Array(1);
self.me = self;
console.log(self);
console.log([new Uint8Array(20), new Uint8Array(3)]);
console.log({ buffer: new ArrayBuffer(30), view: new Uint16Array(10) });
