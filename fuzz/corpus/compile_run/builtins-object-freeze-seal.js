// Object.freeze, isFrozen, seal, isSealed, preventExtensions, isExtensible
const f = Object.freeze({ a: 1, nested: { b: 2 } });
f.a = 2;
f.c = 3;
delete f.a;
f.nested.b = 'nested objects are not frozen';
console.log(f, Object.isFrozen(f), Object.isFrozen(f.nested), Object.isSealed(f), Object.isExtensible(f));
const fd = Object.getOwnPropertyDescriptor(f, 'a');
console.log(fd.writable, fd.configurable);

const s = Object.seal({ a: 1 });
s.a = 'changed';
s.b = 'added';
delete s.a;
console.log(s, Object.isSealed(s), Object.isFrozen(s), Object.isExtensible(s));
console.log(Object.getOwnPropertyDescriptor(s, 'a').configurable);

const p = Object.preventExtensions({ a: 1 });
p.b = 2;
delete p.a;
p.c = 3;
console.log(p, Object.isExtensible(p), Object.isSealed(p), Object.isFrozen(p));

// empty non-extensible object is frozen and sealed
const empty = Object.preventExtensions({});
console.log(Object.isFrozen(empty), Object.isSealed(empty));

// freezing arrays
const arr = Object.freeze([1, 2, 3]);
try { arr.push(4); } catch (e) { console.log('push frozen', e.name); }
arr[0] = 'x';
console.log(arr, Object.isFrozen(arr));

// primitives: freeze returns them, isFrozen is true
console.log(Object.freeze(5), Object.isFrozen('str'), Object.isExtensible(1), Object.isSealed(null));

// accessor properties in frozen objects still work
let backing = 1;
const acc = Object.freeze({ get v() { return backing; }, set v(x) { backing = x; } });
acc.v = 42;
console.log(acc.v);

// prototype cannot be changed on non-extensible objects
try { Object.setPrototypeOf(p, {}); } catch (e) { console.log('setPrototypeOf', e.name); }
console.log(Object.setPrototypeOf(p, Object.prototype) === p);

// functions can be frozen
function fn() {}
Object.freeze(fn);
fn.extra = 1;
console.log(fn.extra, Object.isFrozen(fn));
