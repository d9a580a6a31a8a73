// closures: private state, shared environments, and capture by reference
function makeCounter() {
  let count = 0;
  return {
    inc: () => ++count,
    dec: () => --count,
    get: () => count,
  };
}
const c1 = makeCounter();
const c2 = makeCounter();
c1.inc(); c1.inc(); c2.dec();
console.log(c1.get(), c2.get());

// closures capture variables, not values
let captured = 'before';
const read = () => captured;
captured = 'after';
console.log(read());

// adders and currying
const add = (a) => (b) => (c) => a + b + c;
console.log(add(1)(2)(3));
const add5 = add(5);
console.log(add5(1)(1), add5(10)(10));

// memoisation with a closure-held cache object
function memo(fn) {
  const cache = {};
  let calls = 0;
  const wrapped = (n) => {
    if (!(n in cache)) { calls++; cache[n] = fn(n); }
    return cache[n];
  };
  wrapped.calls = () => calls;
  return wrapped;
}
const square = memo((n) => n * n);
square(4); square(4); square(5);
console.log(square(4), square.calls());

// closure over a loop variable declared with var via IIFE
const fns = [];
for (var i = 0; i < 3; i++) {
  fns.push(((j) => () => j)(i));
}
console.log(fns.map(f => f()).join(','));

// functions created in the same scope share it
function shared() {
  let v = 0;
  const set = (x) => { v = x; };
  const get = () => v;
  return [set, get];
}
const [set, get] = shared();
set(42);
console.log(get());

// deep nesting
function l1() {
  const a = 'a';
  return function l2() {
    const b = 'b';
    return function l3() {
      const c = 'c';
      return () => a + b + c;
    };
  };
}
console.log(l1()()()());

// once helper
function once(fn) {
  let done = false, result;
  return (...args) => done ? result : (done = true, result = fn(...args));
}
const init = once((x) => 'initialised with ' + x);
console.log(init('first'), init('second'));
