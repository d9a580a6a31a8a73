// Built-in function names for getters/symbol methods/aliases, and exact source text with comments and odd spacing
console.log(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.name, Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').set.name);
console.log(Array.prototype[Symbol.iterator].name, Set.prototype.keys.name, Map.prototype[Symbol.iterator].name, RegExp.prototype[Symbol.split].name);
console.log(Object.getOwnPropertyDescriptor(Array, Symbol.species).get.name, Symbol.prototype[Symbol.toPrimitive].name, Function.prototype[Symbol.hasInstance].name);
console.log(Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get.name, String.prototype.trimLeft.name, String.prototype.trimStart === String.prototype.trimLeft);
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString, Function.prototype[Symbol.hasInstance].call(Array, []), Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance).writable);
const o = { [ 'a' + 'b' ] ( x , y ) { return x } , get /*c*/ g ( ) { return 1 } };
console.log(o.ab.toString(), '|', Object.getOwnPropertyDescriptor(o, 'g').get.toString());
class /* a */ K /* b */ { /* c */ }
console.log(K.toString());
const fe = function /* x */ named /* y */ ( /* z */ ) /* w */ { };
console.log(fe.toString());
const ar = async => async;
console.log(ar.toString(), (a => b => a + b).toString(), (a => b => a + b)(1).toString());
function outer() { return function inner() { /* nested */ }; }
console.log(outer().toString());
console.log(String(function*  g () {}), String({ *  gen () {} }.gen), String(class { static * [Symbol.iterator] () {} }[Symbol.iterator]));
