// Function.prototype.call and apply called from bytecode (performed by the interpreter itself,
// not through the native method): receivers, argument lists, array-likes with getters,
// errors, recursion depth and the stack (no frame for call/apply, as in V8). Node 20's output.
function f(a,b){ return [this === undefined ? 'u' : typeof this, a, b, arguments.length]; }
function g(a,b){ 'use strict'; return [this, a, b, arguments.length]; }
console.log(f.call(), f.call(1,2,3), g.call(null, ...[4,5,6]), g.apply(7), g.apply(8, null), g.apply(9,[1,,3]));
console.log(g.call.call(g, 1, 2, 3), g.apply.apply(g, [10, [11, 12]]), Function.prototype.call.apply(g, [1, 2]));
try { Function.prototype.call.call(5) } catch (e) { console.log(e.constructor.name) }
try { Function.prototype.apply.call({}) } catch (e) { console.log(e.constructor.name) }
try { g.apply(1, 2) } catch (e) { console.log(e.constructor.name) }
const al = { get length() { return 2 }, get 0() { return 'x' }, 1: 'y' };
console.log(g.apply(0, al));
class C { constructor() {} }
try { C.call({}) } catch (e) { console.log(e.constructor.name, e.message) }
function depth(n) { return n === 0 ? 0 : 1 + depth.call(null, n - 1) }
console.log(depth(5000));
try { (function r() { r.apply(null, []) })() } catch (e) { console.log(e.constructor.name, e.message) }
function st() { return new Error('x').stack.split('\n').slice(0, 3).join('|') }
console.log(st.call(null).replace(/\(.*?\)/g, ''));
const bound = g.bind(1, 2); console.log(bound.call(3, 4), Math.max.apply(null, [1, 5, 3]));
