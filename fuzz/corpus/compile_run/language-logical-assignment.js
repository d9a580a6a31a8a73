// logical assignment operators &&=, ||=, ??= and their short-circuiting
let a = 1, b = 0, c = null, d = 'keep';
a &&= 'and-assigned';
b &&= 'not assigned';
c ??= 'nullish-assigned';
d ??= 'not assigned';
console.log(a, b, c, d);

let e = '', f = 'truthy';
e ||= 'or-assigned';
f ||= 'not assigned';
console.log(e, f);

// the setter is not called when short-circuited
const log = [];
const obj = {
  _v: 'present',
  get v() { log.push('get'); return this._v; },
  set v(x) { log.push('set ' + x); this._v = x; },
};
obj.v ||= 'unused';
obj.v ??= 'unused';
obj.v &&= 'replaced';
console.log(log.join(', '), obj._v);

// right-hand side only evaluated when needed
let evaluated = 0;
const rhs = () => { evaluated++; return 'rhs'; };
let x = 'set';
x ||= rhs();
x ??= rhs();
console.log(evaluated);
x &&= rhs();
console.log(evaluated, x);

// result of the expression
let y = null;
console.log((y ??= 5), (y ||= 6), (y &&= 0), y);

// on frozen objects: no write attempted so no error even in strict mode
function strictNoWrite() {
  'use strict';
  const frozen = Object.freeze({ p: 1 });
  frozen.p ||= 2;
  return frozen.p;
}
console.log(strictNoWrite());

// on undeclared variables
try { undeclaredVar ??= 1; } catch (err) { console.log('undeclared', err.name); }

// computed member evaluated once
const arr = [null];
let idx = 0;
arr[idx++] ??= 'filled';
console.log(arr[0], idx);
