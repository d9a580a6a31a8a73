// DataView buffer/byteLength/byteOffset getters, prototype shape and toStringTag (Node 24 output: Node 20 has no getFloat16/setFloat16)
const ab = new ArrayBuffer(12);
const dv = new DataView(ab, 3, 6);
console.log(dv.buffer === ab, dv.byteLength, dv.byteOffset, Object.prototype.toString.call(dv));
console.log(Object.getOwnPropertyNames(DataView.prototype).sort().join(','));
console.log(DataView.length, DataView.name, ArrayBuffer.isView(dv));
class MyView extends DataView {}
const m = new MyView(ab, 1);
console.log(m instanceof MyView, m.byteLength, Object.getPrototypeOf(m) === MyView.prototype);
