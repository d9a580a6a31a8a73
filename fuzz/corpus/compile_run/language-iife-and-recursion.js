// immediately invoked function expressions and recursion patterns
const r1 = (function () { return 'classic iife'; })();
const r2 = (function () { return 'call inside parens'; }());
const r3 = (() => 'arrow iife')();
const r4 = !function () { console.log('negation iife ran'); }();
const r5 = void function () { console.log('void iife ran'); }();
console.log(r1, r2, r3, r4, r5);

// IIFE with arguments and a private scope
const counter = (function (start) {
  let n = start;
  return { next: () => n++ };
})(10);
counter.next();
console.log(counter.next());

// named function expression recursion
const fib = function f(n) { return n < 2 ? n : f(n - 1) + f(n - 2); };
console.log(fib(20));

// recursion over a nested structure
const tree = { v: 1, children: [{ v: 2, children: [{ v: 4, children: [] }] }, { v: 3, children: [] }] };
function sum(node) { return node.v + node.children.reduce((acc, c) => acc + sum(c), 0); }
console.log(sum(tree));

// flatten recursively
function flatten(arr) {
  return arr.reduce((acc, x) => Array.isArray(x) ? acc.concat(flatten(x)) : acc.concat([x]), []);
}
console.log(flatten([1, [2, [3, [4, [5]]]], 6]).join(','));

// recursion via arguments.callee in sloppy code
const anonFact = function (n) { return n <= 1 ? 1 : n * arguments.callee(n - 1); };
console.log(anonFact(10));

// Ackermann (small) and power set
function ack(m, n) { return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
console.log(ack(2, 3));
function powerSet(items) {
  if (items.length === 0) return [[]];
  const rest = powerSet(items.slice(1));
  return rest.concat(rest.map(s => [items[0]].concat(s)));
}
console.log(powerSet(['a', 'b', 'c']).map(s => '{' + s.join('') + '}').join(' '));
