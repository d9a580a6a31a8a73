// arguments.length read alone is the call's argument count (the engine makes no object for it),
// and every other use of `arguments` still sees the object: delete, assignment, with, eval,
// arrows, generators, async functions, default parameters, a var named arguments.
function a() { return arguments.length; }
function b(x, y) { return arguments.length + ':' + x + ':' + y; }
function c() { const f = () => arguments.length; return f(); }
function d() { return arguments.length ? arguments[0] : 'none'; }
function e() { delete arguments.length; return arguments.length; }
function g() { arguments.length = 7; return arguments.length; }
function h() { return typeof arguments.length + (arguments.length > 1); }
function i() { with ({ arguments: { length: 'with' } }) { return arguments.length; } }
function j() { return eval('arguments.length'); }
function k(...r) { return arguments.length + r.length; }
function l(x = arguments.length) { return x; }
function* m() { yield arguments.length; yield arguments.length; }
async function n() { await null; return arguments.length; }
function o() { 'use strict'; return arguments.length; }
function p() { return arguments.length.toString(); }
class Q { constructor() { this.n = arguments.length; } }
function r() { return [1, 2].map(function () { return arguments.length; }).join(); }
function s() { var arguments; return arguments.length; }
console.log(a(), a(1), a(1, 2, 3), a(undefined));
console.log(b(), b(1), b(1, 2, 3));
console.log(c(1, 2), d(), d(5), e(1), g(1), h(1, 2), i(1), j(1, 2));
console.log(k(1, 2), l(), l(9), [...m(1, 2)], o(1, 2, 3, 4), p(1, 2), new Q(1, 2).n, r(), s(1, 2));
console.log(a.apply(null, [1, 2]), a.call(null, 1), Reflect.apply(a, null, [1, 2, 3, 4]), new a(1).constructor === a);
const bound = a.bind(null, 1, 2); console.log(bound(3));
n(1, 2, 3).then((v) => console.log('async', v));

// A block's own `arguments` shadows the function's: its `length` is that binding's.
function shadowedLength(a) {
  const n = arguments.length;
  { let arguments = { length: 42 }; return [n, arguments.length]; }
}
console.log(shadowedLength(1, 2));
function caughtLength() {
  try { throw { length: 'caught' }; } catch (arguments) { return [arguments.length]; }
}
console.log(caughtLength(1), arguments.length === undefined ? 'no module arguments' : 'module arguments');
