// `key in obj` with string and symbol keys answers from a per-site cache once a key was
// found (issue 19); every answer below must be HasProperty's at that moment.
const kId = Symbol('kId');
function has(k, o) { return k in o; }
const out = [];
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = 1;
o[kId] = 7;
for (let i = 0; i < 3; i++) out.push(has('own', o), has('inherited', o), has(kId, o), has('missing', o));
delete o.own;
out.push(has('own', o));
delete proto.inherited;
out.push(has('inherited', o));
proto.inherited = 2;
out.push(has('inherited', o));
Object.setPrototypeOf(o, null);
out.push(has('inherited', o), has(kId, o));
console.log(out.join(' '));

// Getters are not called; proxies' has traps are; arrays, typed arrays, strings as keys.
let getterCalls = 0;
const withGetter = { get g() { getterCalls++; return 1; } };
const traps = [];
const prox = new Proxy({ t: 1 }, { has(t, k) { traps.push(String(k)); return k in t; } });
const arr = [1, 2];
const ta = new Uint8Array(2);
const res = [];
for (let i = 0; i < 3; i++) {
  res.push(has('g', withGetter), has('t', prox), has(kId, prox), has('1', arr), has('2', arr), has('length', arr));
  res.push(has('1', ta), has('5', ta), has('-0', ta), has('1.5', ta), has('buffer', ta), has('0', 'abc'.split('')));
}
console.log(res.join(' '), getterCalls, traps.join(','));

// Non-object right-hand sides throw; numbers as keys; many keys at one site.
for (const [k, v] of [['x', 1], ['x', 'str'], ['x', null], [kId, undefined]]) {
  try { has(k, v); } catch (e) { console.log(e.constructor.name, e.message); }
}
const rec = { a: 1, b: 2, c: 3 };
let n = 0;
for (let i = 0; i < 30; i++) for (const k of ['a', 'b', 'c', 'd', 0, 1]) if (has(k, rec)) n++;
console.log('found', n);
class C { #p = 1; static test(x) { return #p in x; } }
console.log(C.test(new C()), C.test({}));
