// default parameter values: when they apply and what they can reference
function f(a, b = 2, c = a + b) {
  return [a, b, c].join(',');
}
console.log(f(1));
console.log(f(1, 5));
console.log(f(1, undefined, 10));
console.log(f(1, null));

// defaults are evaluated at call time, each call
let counter = 0;
function g(x = ++counter) { return x; }
console.log(g(), g(), g(100), g());

// default referencing outer scope and calling functions
const base = 10;
function h(x = base * 2, y = (() => x + 1)()) { return x + y; }
console.log(h());

// default object created fresh each time
function list(item, arr = []) { arr.push(item); return arr; }
console.log(list(1).length, list(2).length);

// defaults with destructuring
function opts({ size = 'm', color = 'red' } = {}) { return size + '/' + color; }
console.log(opts(), opts({ size: 'l' }), opts({ color: 'blue' }));

// later params are not visible to earlier defaults
try {
  (function (a = b, b = 1) { return a; })();
} catch (e) {
  console.log('forward reference', e.name);
}

// body var with the same name as a param keeps the param's value initially
function sep(a = 1) {
  var a;
  return a;
}
console.log(sep(), sep(5));

// default parameters can see `this` and `arguments`
const o = {
  v: 'ov',
  m(x = this.v, n = arguments.length) { return x + n; },
};
console.log(o.m(), o.m(undefined, undefined));
