// Object.getOwnPropertyDescriptors shapes, including symbols, arrays, strings and accessors
const s = Symbol('s');
const o = { a: 1, get b() { return 2; }, set c(v) {}, [s]: 'sym' };
Object.defineProperty(o, 'd', { value: 4 });
const d = Object.getOwnPropertyDescriptors(o);
console.log(Reflect.ownKeys(d).map(String));
console.log(d.a, d.d);
console.log(typeof d.b.get, d.b.set, d.c.get, typeof d.c.set, d.b.enumerable, d.b.configurable);
console.log(d[s]);
console.log(Object.getOwnPropertyDescriptors([7]));
console.log(Object.getOwnPropertyDescriptors('ab'));
console.log(Object.getOwnPropertyDescriptors(1), Object.keys(Object.getOwnPropertyDescriptors(true)).length);
try { Object.getOwnPropertyDescriptors(null); } catch (e) { console.log(e.name); }
const fnD = Object.getOwnPropertyDescriptors(function foo(a, b) {});
console.log(fnD.length, fnD.name, fnD.prototype.writable, fnD.prototype.enumerable, fnD.prototype.configurable);
class C { static m() {} get x() { return 1; } }
const cd = Object.getOwnPropertyDescriptors(C.prototype);
console.log(Object.keys(cd), cd.x.enumerable, cd.constructor.enumerable);
console.log(Object.getOwnPropertyDescriptor(C, 'prototype'));
