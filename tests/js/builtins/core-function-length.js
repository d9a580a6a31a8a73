// Function length with defaults, rest, destructuring; length/name descriptors and redefinition
console.log(((a, b) => 0).length, ((a, b = 1, c) => 0).length, ((a = 1, b) => 0).length, ((...r) => 0).length, ((a, ...r) => 0).length);
console.log((({ a, b }, [c]) => 0).length, (({ a } = {}, b) => 0).length, (function (a, b, c) {}).length);
console.log((function (a, b = a, c) {}).length, (class { constructor(x, y) {} }).length, (class {}).length);
console.log(({ m(a, b) {} }).m.length, Object.getOwnPropertyDescriptor({ set s(v) {} }, 's').set.length, Object.getOwnPropertyDescriptor({ get g() { return 1; } }, 'g').get.length);
function fn(a, b) {}
const ld = Object.getOwnPropertyDescriptor(fn, 'length');
console.log(ld.value, ld.writable, ld.enumerable, ld.configurable);
fn.length = 10;
console.log(fn.length);
delete fn.length;
console.log(fn.length, Object.hasOwn(fn, 'length'), Function.prototype.length);
console.log(Math.max.length, Array.prototype.push.length, Object.assign.length, Array.from.length, String.prototype.replace.length, parseInt.length, Function.length, Array.length);
console.log(new Function('a', 'b = 2', '...c', '').length, new Function('a, b', 'c', '').length);
(function () { 'use strict'; try { fn.length = 3; } catch (e) { console.log('strict assign', e.name); } })();
console.log(Function.prototype.call.length, Function.prototype.apply.length, Function.prototype.bind.length);
