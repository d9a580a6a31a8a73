// Object.getOwnPropertyDescriptor printed via console.log for various kinds of properties
console.log(Object.getOwnPropertyDescriptor({ a: 1 }, 'a'));
console.log(Object.getOwnPropertyDescriptor({ a: 1 }, 'missing'));
console.log(Object.getOwnPropertyDescriptor([1, 2], 'length'));
console.log(Object.getOwnPropertyDescriptor('abc', 0));
console.log(Object.getOwnPropertyDescriptor('abc', 'length'));
console.log(Object.getOwnPropertyDescriptor(Math, 'PI'));
console.log(Object.getOwnPropertyDescriptor(function f(a, b) {}, 'length'));
console.log(Object.getOwnPropertyDescriptor(function f() {}, 'name'));
console.log(Object.getOwnPropertyDescriptor(function f() {}, 'prototype'));
console.log(Object.getOwnPropertyDescriptor(class C {}, 'prototype'));

function getter() { return 1; }
function setter(v) {}
const acc = Object.defineProperty({}, 'x', { get: getter, set: setter, enumerable: true });
console.log(Object.getOwnPropertyDescriptor(acc, 'x'));
const onlyGet = Object.defineProperty({}, 'y', { get: getter });
console.log(Object.getOwnPropertyDescriptor(onlyGet, 'y'));
const lit = { get z() { return 1; } };
console.log(Object.getOwnPropertyDescriptor(lit, 'z'));

const sym = Symbol('key');
console.log(Object.getOwnPropertyDescriptor({ [sym]: 'v' }, sym));
console.log(Object.getOwnPropertyDescriptor(Object.freeze({ f: 1 }), 'f'));
console.log(Object.getOwnPropertyDescriptor(Array.prototype, 'push'));
console.log(Object.getOwnPropertyDescriptor(globalThis, 'NaN'));

// property key conversion
console.log(Object.getOwnPropertyDescriptor({ 1: 'one' }, 1).value, Object.getOwnPropertyDescriptor({ null: 'n' }, null).value);
