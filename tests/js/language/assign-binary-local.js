// `x = l op r` on a local variable: the local is written once, after both operands are
// read, so a throw (or a yield) in the middle leaves the old value visible.
function throwsInOperator() {
  let s = 1n;
  try {
    s = (s + 1n) % 0n; // RangeError from the last operator
  } catch (e) {
    console.log(e.constructor.name, s);
  }
  let t = 5;
  try {
    t = (t * 2) + Symbol('x'); // TypeError from the last operator
  } catch (e) {
    console.log(e.constructor.name, t);
  }
}
throwsInOperator();

function throwsInRightOperand() {
  let s = 10;
  const bad = () => { throw new Error('right'); };
  try {
    s = (s + 1) * bad();
  } catch (e) {
    console.log(e.message, s);
  }
  let u = 3;
  try {
    u = (u + 1) - { valueOf() { throw new Error('valueOf'); } };
  } catch (e) {
    console.log(e.message, u);
  }
}
throwsInRightOperand();

function rightReadsTheLocal() {
  let a = 2;
  a = (a + 1) * a; // 3 * 2
  console.log(a);
  let b = 4;
  b = b - (b = 1); // 4 - 1, left read before the right assigns
  console.log(b);
  let c = 5;
  c = (c = c + 1, c * 2) + c; // 12 + 6
  console.log(c);
  let d = 'x';
  d = d + (d += 'y'); // 'x' + 'xy'
  console.log(d);
  let e = 1;
  e = e < 2;
  console.log(e);
  let f = { k: 1 };
  f = 'k' in f;
  console.log(f);
  let g = [];
  g = g instanceof Array;
  console.log(g);
}
rightReadsTheLocal();

function* yieldInRight() {
  let s = 1;
  try {
    s = (s + 1) * (yield s);
  } finally {
    console.log('finally sees', s);
  }
  return s;
}
let it = yieldInRight();
console.log(it.next().value);
console.log(it.return(99));
it = yieldInRight();
it.next();
try {
  it.throw(new Error('thrown in'));
} catch (e) {
  console.log(e.message);
}
it = yieldInRight();
it.next();
console.log(it.next(10));

async function awaitInRight() {
  let s = 2;
  try {
    s = (s + 1) * (await Promise.reject(new Error('rejected')));
  } catch (e) {
    console.log(e.message, s);
  }
  s = (s + 1) * (await 4);
  console.log(s);
}
awaitInRight();

function constAndTdz() {
  const k = 1;
  try {
    // eslint-disable-next-line no-const-assign
    k = k + 1;
  } catch (e) {
    console.log(e.constructor.name, k);
  }
  try {
    z = z + 1;
    let z = 0;
  } catch (e) {
    console.log(e.constructor.name);
  }
}
constAndTdz();

// for-of bindings and `yield x` of a local
function* values() {
  for (let i = 0; i < 3; i++) yield i;
  let last = 'end';
  yield last;
  last = 'changed';
}
const seen = [];
for (const v of values()) seen.push(v);
console.log(seen.join(','));
const fns = [];
for (const v of [1, 2, 3]) fns.push(() => v);
console.log(fns.map((f) => f()).join(','));
for (const v of [7]) {
  let w = v;
  w = w * 2 + v;
  console.log(w);
}
function* yieldsLocal() {
  let x = 1;
  const got = yield x;
  x = got;
  yield x;
}
const y = yieldsLocal();
console.log(y.next().value, y.next(5).value, y.next().done);
