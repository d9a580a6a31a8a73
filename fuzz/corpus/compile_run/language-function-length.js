// Function.prototype.length: count of params before the first default or rest
console.log((function () {}).length);
console.log((function (a) {}).length);
console.log((function (a, b, c) {}).length);
console.log((function (a, b = 1, c) {}).length);
console.log((function (a, ...r) {}).length);
console.log((function (...r) {}).length);
console.log((function ({ a, b }, [c, d]) {}).length);
console.log(((a, b) => {}).length);
console.log(((a = 1) => {}).length);
console.log(({ m(x, y) {} }).m.length);
class C { constructor(a, b) {} method(x) {} }
console.log(C.length, new C().method.length);

// length is not writable but configurable
function f(a, b) {}
f.length = 10;
console.log(f.length);
const d = Object.getOwnPropertyDescriptor(f, 'length');
console.log(d.writable, d.enumerable, d.configurable);
Object.defineProperty(f, 'length', { value: 7 });
console.log(f.length);

// bound functions
function g(a, b, c) {}
console.log(g.bind(null).length, g.bind(null, 1).length, g.bind(null, 1, 2, 3, 4).length);

// builtins
console.log(Math.max.length, Array.prototype.push.length, Object.defineProperty.length, parseInt.length);
