// Arguments objects made from a shared shape: own keys, attributes, callee, apply.
function f(a, b) { arguments[0] = 9; return [a, arguments.length, typeof arguments[Symbol.iterator], arguments.callee === f, Object.getOwnPropertyNames(arguments).join()]; }
console.log(f(1, 2, 3));
function g(a) { 'use strict'; try { arguments.callee } catch (e) { console.log(e.constructor.name) } return Object.getOwnPropertyDescriptor(arguments, 'callee').get === Object.getOwnPropertyDescriptor(arguments, 'callee').set; }
console.log(g(1));
function h() { return Reflect.ownKeys(arguments).map(String); }
console.log(h(1,2));
function k() { delete arguments.length; arguments.x = 1; return Object.keys(arguments); }
console.log(k(5));
function apl() { return Math.max.apply(null, arguments); }
console.log(apl(1, 7, 3), Math.max.apply(null, [1, , 3]), Math.max.apply(null, {length: 2, 0: 4, 1: 5}));
function mp(a, b) { b = 10; return String.prototype.concat.apply('', arguments); }
console.log(mp(1, 2, 3));
