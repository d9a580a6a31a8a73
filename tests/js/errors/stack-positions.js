// Where an error and a caller's frame point in a line, as V8 places them: a property read
// at the property's name (`o.a.b` at `b`, `o[k]` at its `[`), a property store at its `=`,
// a method call at the method's name, a call of anything else but a name at its `(`, a
// tagged template at its template. Only line:column is printed (paths differ).
// Not covered, V8 quirks left alone: `o?.a.b` (V8 points at the `.`), `delete o.a.b`,
// destructuring (the target's name) and the native frames V8 adds (`at Array.map`).
function where(e, frame) {
  const m = e.stack.split('\n')[frame].match(/:(\d+):(\d+)\)?$/);
  return m ? m[1] + ':' + m[2] : '?';
}
const errors = [
  "(function(o){ return o[ 'k' ]; })(null)",
  "(function(o){ return o.a[ 0 ]; })({})",
  "(function(o){ o.p.q = 1; })({})",
  "(function(o){ o.p.q=1; })({})",
  "(function(o){ o.p[ 1 ] = 1; })({})",
  "(function(o){ o.p.q += 1; })({})",
  "(function(o){ return o.f(); })({})",
  "(function(o){ return o.g.f(); })({})",
  "(function(o){ return o[ 'f' ](); })({})",
  "(function(o){ return   o(); })(1)",
  "(function(o){ return new   o(); })(1)",
  "(function(o){ return o.a\n    .b; })({})",
  "(function(o){ return o.a\n    .b(); })({a:{}})",
  "(function(o){ o.a.b++; })({})",
  "(function(o){ for (const x of o.a) {} })({})",
  "(function(o){ return `${o.a.b}`; })({})",
  "(function(o){ return o.a.b.c; })({a:{}})",
  "(function(o){ return o /* c */ [ 1 ]; })(undefined)",
  "(function(o){ return (o) [ 1 ]; })(undefined)",
];
for (const c of errors) {
  try { eval(c); } catch (e) { console.log(JSON.stringify(c), e.constructor.name, where(e, 1)); }
}

function thrower() { throw new Error('x'); }
const o = { f: thrower, a: { f: thrower }, C: function () { thrower(); } };
const calls = [
  "o.f()", "o[ 'f' ]()", "o[ 'f' ] ()", "thrower()", "o.a.f()", "(0, o.f)()", "o.f\n   ()",
  "o\n  .f()", "o?.f()", "new o.C()", "o.f`t`", "o.f(o.f.name)", "o?.[ 'f' ]()", "o.f /* c */ ()",
];
for (const c of calls) {
  try { eval(c); } catch (e) { console.log(JSON.stringify(c), where(e, 2)); }
}
