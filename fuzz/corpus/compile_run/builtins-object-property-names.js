// Object.getOwnPropertyNames, getOwnPropertySymbols, defineProperties, getOwnPropertyDescriptors
const s1 = Symbol('one');
const obj = { visible: 1, [s1]: 'sym' };
Object.defineProperty(obj, 'hidden', { value: 2, enumerable: false });
console.log(Object.getOwnPropertyNames(obj), Object.keys(obj));
console.log(Object.getOwnPropertySymbols(obj).map(String));

console.log(Object.getOwnPropertyNames([1, 2]));
console.log(Object.getOwnPropertyNames('ab'));
console.log(Object.getOwnPropertyNames(function f(a) { 'use strict'; }).sort(), Object.getOwnPropertyNames((a) => a).sort());

// defineProperties
const target = {};
Object.defineProperties(target, {
  a: { value: 'a', enumerable: true },
  b: { get() { return 'b from getter'; }, enumerable: true },
  c: { value: 'c', writable: true },
});
console.log(target.a, target.b, target.c, Object.keys(target));
try { Object.defineProperties(target, { bad: { value: 1, get() {} } }); } catch (e) { console.log(e.name); }

// getOwnPropertyDescriptors
const descs = Object.getOwnPropertyDescriptors({ x: 1, get y() { return 2; } });
console.log(Object.keys(descs), descs.x.value, typeof descs.y.get);

// clone with descriptors preserves accessors
const original = { get now() { return 'accessor preserved'; } };
const clone = Object.defineProperties({}, Object.getOwnPropertyDescriptors(original));
console.log(typeof Object.getOwnPropertyDescriptor(clone, 'now').get, clone.now);

// getOwnPropertyNames of a class
class K { static s() {} m() {} }
console.log(Object.getOwnPropertyNames(K.prototype), Object.getOwnPropertyNames(K).sort());
