// ta.length answers as the getter does unless an own property, a prototype or the getter itself shadows or replaces it (Node 24: ArrayBuffer transfer)
const a = new Uint8Array(4), b = new Float64Array(new ArrayBuffer(16, { maxByteLength: 64 }));
const lens = () => [a.length, b.length];
console.log(lens());
b.buffer.resize(40); console.log(lens());
Object.defineProperty(a, 'length', { value: 99 }); console.log(lens());
Object.defineProperty(Float64Array.prototype, 'length', { get() { return -1; }, configurable: true }); console.log(lens());
delete Float64Array.prototype.length; console.log(lens());
const TA = Object.getPrototypeOf(Int8Array.prototype);
const orig = Object.getOwnPropertyDescriptor(TA, 'length');
Object.defineProperty(TA, 'length', { get() { return 'patched'; }, configurable: true }); console.log(lens(), new Int8Array(2).length);
Object.defineProperty(TA, 'length', orig); console.log(new Int8Array(3).length);
class Sub extends Uint16Array { get length() { return 'sub'; } } console.log(new Sub(2).length);
const c = new Int32Array(5); Object.setPrototypeOf(c, Array.prototype); console.log(c.length);
const d = new Int32Array(5); Object.setPrototypeOf(Int32Array.prototype, Object.prototype); console.log(d.length);
b.buffer.transfer(); console.log(b.length);
