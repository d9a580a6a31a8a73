// `x = f(…)` / `var x = o.m(…)` on a local: written once, when the call returns, so a
// throwing call leaves the old value visible.
function thrower() { throw new Error('call threw'); }
const obj = { input: 'abc', bad() { throw new Error('method threw'); }, id(v) { return v; } };
function viaVar(pos) {
  var code = 'before';
  try {
    var code = obj.bad(pos);
  } catch (e) {
    console.log(e.message, code);
  }
  for (var i = 0; i < 3; i++) {
    try {
      var last = i === 2 ? thrower() : obj.id(i);
    } catch (e) {
      console.log('loop', e.message, last);
    }
  }
  var c2 = obj.input.charCodeAt(pos);
  return c2;
}
console.log(viaVar(1));
function viaAssign() {
  let n = 1;
  try {
    n = thrower(n);
  } catch (e) {
    console.log(e.message, n);
  }
  n = obj.id(n + 1);
  let s = 'x';
  s = s.concat(s, s);
  let o = obj;
  o = o.id({ nested: o.input });
  return [n, s, JSON.stringify(o)].join(' ');
}
console.log(viaAssign());
function* gen() {
  let v = 'old';
  try {
    v = obj.id(yield 'paused');
  } finally {
    console.log('finally', v);
  }
  return v;
}
const g = gen();
g.next();
console.log(JSON.stringify(g.next('resumed')));
const g2 = gen();
g2.next();
console.log(JSON.stringify(g2.return('early')));
