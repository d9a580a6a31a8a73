// `return c ? a : b`, a move into a returned register and comparisons against integer literals: finally blocks still see every assignment, and literal comparisons convert their other operand
function viaFinally(y) {
  let x = 1;
  try {
    return x = y;
  } finally {
    console.log('finally sees x =', x);
  }
}
console.log(viaFinally(5));

function conditionalInTry(c) {
  let log = [];
  try {
    return c ? 'yes' : 'no';
  } finally {
    log.push('cleanup');
    console.log(log);
  }
}
console.log(conditionalInTry(true), conditionalInTry(false));

function conditionalInCatch(c) {
  try {
    throw new Error('boom');
  } catch (e) {
    return c ? e.message : 'caught';
  }
}
console.log(conditionalInCatch(true), conditionalInCatch(false));

function overriddenByFinally(c) {
  try {
    return c ? 1 : 2;
  } finally {
    if (c) return 3;
  }
}
console.log(overriddenByFinally(true), overriddenByFinally(false));

function nested(n) {
  return n < 0 ? 'negative' : n === 0 ? 'zero' : n <= 9 ? 'digit' : 'big';
}
console.log([-3, 0, 7, 10, 99].map(nested));

const order = [];
const tricky = { valueOf() { order.push('valueOf'); return 1; } };
function cmp(v) {
  const r = [];
  if (v < 2) r.push('<2');
  if (v >= 1) r.push('>=1');
  if (v == 1) r.push('==1');
  if (v === 1) r.push('===1');
  if (v != 0) r.push('!=0');
  if (v !== 0) r.push('!==0');
  if (!(v > -5)) r.push('!>-5');
  return r.join(' ');
}
console.log(cmp(1), '|', cmp('1'), '|', cmp(tricky), '|', order.length);
console.log(cmp(NaN), '|', cmp(undefined), '|', cmp(null), '|', cmp(1n), '|', cmp(-0));
let i = 0, seen = [];
while (i < 1000000000) { seen.push(i); i = i * 10 + 1; if (i > 500) break; }
console.log(seen);
class Base { constructor(c) { return c ? { made: 'object' } : undefined; } }
class Derived extends Base { constructor(c) { super(c); return c ? undefined : this; } }
console.log(new Derived(true), new Derived(false) instanceof Derived);
class Bad extends Base { constructor(c) { super(false); return c ? 1 : undefined; } }
try { new Bad(true); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(new Bad(false) instanceof Bad);
