// property reads and writes on register locals without copies, `x = rhs` straight into a local, comparisons against null, and implicit returns: evaluation order stays the spec's
function walk(list) {
  let t = list, n = 0;
  while (t != null) { n += t.v; t = t.next; }
  return n;
}
console.log(walk({ v: 1, next: { v: 2, next: { v: 3, next: null } } }), walk(null), walk(undefined));

let log = [];
const watched = {
  get next() { log.push('next read'); return null; },
  v: 10,
};
console.log(walk(watched), log);

function reassignDuringRhs() {
  let o = { p: 0 };
  const first = o;
  o.p = (o = { p: 'other' }, 1);
  return [first.p, o.p];
}
console.log(reassignDuringRhs());

function keyedReassign() {
  let o = { a: 1 }, k = 'a';
  const first = o;
  o[k] = (k = 'b', o = {}, 2);
  return [first, o, k];
}
console.log(keyedReassign());

function throwingRhs() {
  let x = 'kept';
  try { x = notDefinedAnywhere; } catch (e) { console.log(e.constructor.name); }
  try { x = null.p; } catch (e) { console.log(e.constructor.name); }
  const g = { get p() { throw new Error('getter'); } };
  try { x = g.p; } catch (e) { console.log(e.message); }
  return x;
}
console.log(throwingRhs());

function selfRead() {
  let a = { b: { c: 'deep' } };
  a = a.b;
  a = a.c;
  let y = 5, z = 7;
  y = z;
  z = 'z';
  return [a, y, z];
}
console.log(selfRead());

function nullChecks(v) {
  const r = [];
  if (v == null) r.push('==null');
  if (v != null) r.push('!=null');
  if (v === null) r.push('===null');
  if (v !== null) r.push('!==null');
  if (!(v == null)) r.push('!(==null)');
  return r.join(',');
}
for (const v of [null, undefined, 0, '', false, NaN, {}, []]) console.log(String(v), nullChecks(v));

function implicit() {}
function bare(x) { if (x) return; return 'no'; }
function inFinally() { try { return; } finally { console.log('finally ran'); } }
console.log(implicit(), bare(1), bare(0), inFinally());

class Point {
  constructor(x) { this.x = x; }
  get double() { return this.x * 2; }
  moved(dx) { const p = this; p.x = p.x + dx; return p.double; }
}
console.log(new Point(2).moved(3));

function storeLocal(o, k, v) {
  o.direct = v;
  o[k] = v;
  this.fromThis = v;
  return [o, this.fromThis];
}
console.log(storeLocal.call({}, {}, 'key', 'value'));
function storeThenReassign(o) {
  let v = 'first';
  o.p = v;
  v = 'second';
  o.q = v;
  return o;
}
console.log(storeThenReassign({}));
const frozen = Object.freeze({ p: 1 });
function strictStore(o, v) { 'use strict'; o.p = v; }
try { strictStore(frozen, 2); } catch (e) { console.log(e.constructor.name); }
function setterOrder() {
  const seen = [];
  const o = { set a(x) { seen.push('a=' + x); } };
  let v = 1;
  o.a = v;
  v = 2;
  o.a = v;
  return seen;
}
console.log(setterOrder());
