// the Function constructor creates sloppy functions in the global scope
const add = new Function('a', 'b', 'return a + b');
console.log(add(2, 3), add.length, add.name, typeof add);
const noArgs = Function('return 42');
console.log(noArgs());
const combined = new Function('a, b', 'c', 'return a + b + c');
console.log(combined(1, 2, 3), combined.length);
const withDefault = new Function('a = 10', 'return a');
console.log(withDefault(), withDefault(1));

// the body does not see local variables
function outer() {
  const localOnly = 'local';
  const f = new Function('return typeof localOnly');
  return f();
}
console.log(outer());

// this and sloppy mode
const sloppy = new Function('return this === globalThis');
console.log(sloppy());
const strict = new Function('"use strict"; return this');
console.log(strict());

// syntax errors are thrown at construction
try { new Function('return ('); } catch (e) { console.log(e.name); }
try { new Function('a b', 'return 1'); } catch (e) { console.log(e.name); }

// functions created are instances of Function with a prototype
console.log(add instanceof Function, typeof add.prototype, Object.getPrototypeOf(add) === Function.prototype);
