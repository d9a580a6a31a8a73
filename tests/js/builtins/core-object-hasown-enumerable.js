// Object.hasOwn and propertyIsEnumerable on various receivers and keys
const s = Symbol('s');
const base = { inherited: 1 };
const o = Object.create(base);
o.own = 1; o[s] = 2; o[3] = 3;
Object.defineProperty(o, 'hidden', { value: 1 });
console.log(Object.hasOwn(o, 'own'), Object.hasOwn(o, 'inherited'), Object.hasOwn(o, s), Object.hasOwn(o, '3'), Object.hasOwn(o, 3), Object.hasOwn(o, 'hidden'));
console.log(o.propertyIsEnumerable('own'), o.propertyIsEnumerable('inherited'), o.propertyIsEnumerable('hidden'), o.propertyIsEnumerable(s), o.propertyIsEnumerable(3));
console.log(Object.hasOwn('abc', 1), Object.hasOwn('abc', 'length'), Object.hasOwn('abc', 3));
console.log([1, 2].propertyIsEnumerable(0), [1, 2].propertyIsEnumerable('length'), 'ab'.propertyIsEnumerable(0), 'ab'.propertyIsEnumerable('length'));
try { Object.hasOwn(null, 'a'); } catch (e) { console.log('hasOwn null', e.name); }
try { Object.hasOwn(undefined, 'a'); } catch (e) { console.log('hasOwn undefined', e.name); }
const bare = Object.create(null);
bare.k = 1;
console.log(Object.hasOwn(bare, 'k'), Object.prototype.hasOwnProperty.call(bare, 'k'), Object.prototype.propertyIsEnumerable.call(bare, 'k'));
const key = { toString() { return 'own'; } };
console.log(Object.hasOwn(o, key), o.propertyIsEnumerable(key));
console.log(Object.hasOwn(function f() {}, 'name'), Object.hasOwn(() => 1, 'prototype'), Math.propertyIsEnumerable('PI'));
try { Object.prototype.propertyIsEnumerable.call(null, 'x'); } catch (e) { console.log('pIE null', e.name); }
