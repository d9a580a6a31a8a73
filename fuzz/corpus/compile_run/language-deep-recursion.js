// deep but bounded recursion works; unbounded recursion throws a catchable RangeError
function f(n) { return n === 0 ? 0 : 1 + f(n - 1); }
console.log(f(5000));

function sumTo(n, acc = 0) { return n === 0 ? acc : sumTo(n - 1, acc + n); }
console.log(sumTo(3000));

// mutual recursion
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(4000), isOdd(3001));

// method recursion with this
const tree = {
  depth(n) { return n === 0 ? 'leaf' : this.depth(n - 1); },
};
console.log(tree.depth(2000));

// infinite recursion
function g() { g(); }
try {
  g();
} catch (e) {
  console.log(e instanceof RangeError, e.name);
}

// the engine is usable after a stack overflow
console.log(f(100));

// stack overflow inside a nested try/finally still runs finally
let finallyRan = false;
function h() { h(); }
try {
  try { h(); } finally { finallyRan = true; }
} catch (e) {
  console.log('caught after finally', finallyRan, e instanceof RangeError);
}

// recursion through getters
const obj = { get deep() { return this.n-- > 0 ? this.deep : 'bottom'; }, n: 1000 };
console.log(obj.deep);
