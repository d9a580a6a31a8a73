// Object.freeze/seal/preventExtensions, defineProperty, Reflect and property descriptors on typed arrays (output from Node 24: Node 20 sealed non-empty typed arrays)
const a = new Int8Array([1, 2]);
try { Object.freeze(a); } catch (e) { console.log('freeze', e.name); }
console.log(Object.isFrozen(Object.freeze(new Int8Array(0))), Object.isFrozen(a));
try { Object.seal(new Int8Array(1)); } catch (e) { console.log('seal', e.name); }
console.log(Object.isExtensible(a), Object.isSealed(new Int8Array(0)), Object.isFrozen(a));
a[0] = 9;
console.log(a[0], JSON.stringify(Object.getOwnPropertyDescriptor(a, '1')));
console.log(Reflect.defineProperty(a, '0', { value: 5 }), a[0], Reflect.defineProperty(a, '0', { value: 5, writable: false }));
console.log(Reflect.defineProperty(a, '0', { get() { return 1; } }), Reflect.defineProperty(a, '5', { value: 1 }), Reflect.defineProperty(a, '0', { enumerable: false }));
console.log(Reflect.set(a, 0, 77), a[0], Reflect.set(a, 10, 1), Reflect.get(a, 1), Reflect.has(a, 1), Reflect.has(a, 2), Reflect.has(a, '-0'));
console.log(Reflect.deleteProperty(a, 0), Reflect.deleteProperty(a, 5), Reflect.ownKeys(new Int8Array(2)).join());
try { 'use strict'; Object.defineProperty(a, '0', { value: 1, configurable: false }); } catch (e) { console.log('define', e.name); }
const rab = new ArrayBuffer(2, { maxByteLength: 4 });
for (const v of [new Int8Array(rab), new Int8Array(rab, 0, 1)]) {
  try { Object.preventExtensions(v); console.log('prevented'); } catch (e) { console.log('preventExtensions', e.name); }
  console.log(Reflect.preventExtensions(v), Object.isExtensible(v));
}
console.log(Reflect.preventExtensions(new Int8Array(new ArrayBuffer(2), 0, 1)));
const b = new Uint8Array(2);
b.foo = 'bar';
console.log(Object.keys(b).join(), Object.entries(b).join('|'), Object.getOwnPropertyNames(b).join());
console.log(Object.assign({}, new Int8Array([4, 5]))[1], { ...new Int8Array([6]) }[0]);
