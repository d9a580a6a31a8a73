// function declarations, expressions, named function expressions and arrows
function decl(a, b) { return a + b; }
const expr = function (a, b) { return a * b; };
const named = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
const arrow = (a, b) => a - b;
const arrowBlock = (a) => { return a * 2; };
const arrowObj = () => ({ value: 1 });
const single = x => x + 1;

console.log(decl(2, 3), expr(2, 3), named(5), arrow(5, 3), arrowBlock(4), arrowObj().value, single(1));
console.log(typeof fact);

// named function expression binding is read-only inside (silently in sloppy)
const ro = function self() {
  self = 1;
  return typeof self;
};
console.log(ro());

const roStrict = function self2() {
  'use strict';
  try { self2 = 1; } catch (e) { return e.name; }
};
console.log(roStrict());

// functions are objects
function withProps() {}
withProps.custom = 'prop';
console.log(withProps.custom, typeof withProps, withProps instanceof Function, withProps instanceof Object);

// arrow functions have no prototype and cannot be constructed
console.log(arrow.prototype, typeof decl.prototype);
try { new arrow(); } catch (e) { console.log('new arrow', e.name); }

// returning nothing yields undefined
function noReturn() {}
console.log(noReturn());

// function with more args than params and fewer
function three(a, b, c) { return [a, b, c].join('|'); }
console.log(three(1), three(1, 2, 3, 4));

// higher-order
const compose = (f, g) => x => f(g(x));
console.log(compose(x => x * 2, x => x + 3)(1));
