// Object patterns with named keys: each property is read once, in order, with Get; the
// bindings are initialized as the values arrive; defaults, getters, primitives and errors.
const log = [];
const src = {
  get a() { log.push('get a'); return 1; },
  get b() { log.push('get b'); return undefined; },
  'some key': 3,
  __proto__: { inherited: 'from proto' },
};
{
  const { a, b = (log.push('default b'), 2), 'some key': c, inherited, missing } = src;
  console.log(a, b, c, inherited, missing, log.join(' | '));
}
{
  let { length, 0: first, '1': second } = 'xyz';
  console.log(length, first, second);
  const { toFixed } = 5;
  console.log(typeof toFixed);
}
for (const bad of [undefined, null]) {
  try {
    const { x } = bad;
    console.log('no error', x);
  } catch (e) {
    console.log(e.constructor.name);
  }
  try {
    const {} = bad;
  } catch (e) {
    console.log('empty pattern:', e.constructor.name);
  }
}
{
  // A getter that throws leaves the later bindings uninitialized.
  let second = 'outer';
  try {
    const { first, second } = { get first() { throw new Error('getter'); }, second: 2 };
    console.log(first, second);
  } catch (e) {
    console.log(e.message, second);
  }
}
{
  // A default that reads the binding itself is in its TDZ.
  try {
    const { z = z } = {};
    console.log(z);
  } catch (e) {
    console.log(e.constructor.name);
  }
  const { w = 5, v = w + 1 } = { w: undefined };
  console.log(w, v);
}
function params({ p, q: [r, s] = [7, 8], t = p }, { p: u } = { p: 'dflt' }) {
  return [p, r, s, t, u].join(',');
}
console.log(params({ p: 1 }), params({ p: 2, q: [3, 4], t: 5 }, { p: 6 }));
// `var` patterns, also re-declaring the source's own name.
var o = { o: 'inner', k: 'k' };
var { k: kk, o } = o;
console.log(kk, o);
function varPattern(obj) {
  var { obj, n } = obj;
  return [obj, n].join('/');
}
console.log(varPattern({ obj: 'self', n: 1 }));
// Nested patterns and rest.
const { n1: { n2 }, ...rest } = { n1: { n2: 'deep' }, r1: 1, r2: 2 };
console.log(n2, JSON.stringify(rest));
// Closures capture the bindings.
const fns = [];
for (const { id } of [{ id: 1 }, { id: 2 }]) fns.push(() => id);
console.log(fns.map((f) => f()).join(','));
// Proxies see one get per property, in order.
const seen = [];
const p = new Proxy({ a: 1, b: 2 }, { get(t, k, r) { seen.push(String(k)); return Reflect.get(t, k, r); } });
const { b: pb, a: pa } = p;
console.log(pa, pb, seen.join(','));

// Method calls on locals and computed keys read from locals.
function calls() {
  let o = { m() { return this === o ? 'same' : 'other'; }, n(x) { return x; } };
  const first = o;
  let out = [o.m()];
  out.push(first.n((o = { m() { return 'replaced'; } }, 'arg')));
  out.push(o.m());
  let arr = ['a', 'b', 'c'];
  let i = 1;
  out.push(arr[i]);
  out.push([10, 20, 30][i]);
  out.push((i = 2, arr)[i]);
  let s = 'str';
  out.push(s.toUpperCase());
  out.push(s.concat(...['!', '?']));
  return out.join(' ');
}
console.log(calls());
function receiverChanges() {
  let o = { f(a) { return a; } };
  try {
    o.f(o = null);
    console.log('called with the old receiver');
  } catch (e) {
    console.log(e.constructor.name);
  }
  let u;
  try {
    u.f();
  } catch (e) {
    console.log(e.constructor.name);
  }
}
receiverChanges();
