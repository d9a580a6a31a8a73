// console.log of typed arrays with subclasses, null prototypes, extra own properties and Symbol.toStringTag tags
class Bytes extends Uint8Array {}
console.log(new Bytes(2));
class Wide extends Float64Array {
  constructor() { super(3); this.label = 'w'; }
}
console.log(new Wide());
const u = new Uint8Array([5, 6]);
u.x = 1;
u[Symbol('s')] = 'sym';
console.log(u);
const np = new Int8Array([1, 2, 3]);
Object.setPrototypeOf(np, null);
console.log(np);
const nb = new ArrayBuffer(2);
Object.setPrototypeOf(nb, null);
console.log(nb);
console.log(Object.prototype.toString.call(new Uint8Array(1)), Object.prototype.toString.call(new ArrayBuffer(1)));
console.log(Object.prototype.toString.call(new BigUint64Array(1)), String(new Uint8Array([1, 2, 3])));
class Empty extends Uint16Array {}
console.log(new Empty(0));
