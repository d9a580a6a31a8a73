// TypeErrors name the expression the failing value came from, as V8 prints it: the callee
// of a call, the constructor of `new`, the object of a for-of (a call's result worded as
// V8 words it). Left out, worded differently by V8 and not covered here: spreads and
// destructuring (`[...x]`, `const [a] = x`), tagged templates, template literals as
// objects, and the messages of natives that call callbacks (`map`'s suffix, `call.call`).
var o = { a: { n: 1 }, g() { return {}; }, s: 'str' }, k = 'z', arr = [{}], five = 5;
const cases = [
  'o.f()', "o['x']()", 'o[k]()', 'o[0]()', 'arr[0].f()', 'o.g().h()', 'this.nope()', 'o?.a.b()',
  'o.a?.b()', '(o.a).b()', 'o[k + 1]()', 'o.a[k]()', '(0, o.f)()', 'five()', 'o.g()()', 'o.s()',
  'o.a.n()', 'o[Symbol.iterator]()', 'new o.a()', 'new o()', 'new five()', 'new o.g()',
  'for (const x of o.a) {}', 'for (const x of five) {}', 'for (const x of o.g()) {}',
  'o.a.n.call()',
  'new Promise(o.a)', '(() => {})()()', 'o.g().h?.()',
];
for (const c of cases) {
  try { eval(c); console.log(JSON.stringify(c), 'no error'); } catch (e) { console.log(JSON.stringify(c), '->', e.constructor.name + ': ' + e.message); }
}
function inner(p) { return p.q.r(); }
try { inner({ q: {} }); } catch (e) { console.log(e.message); }
class C { m() { return this.missing(); } }
try { new C().m(); } catch (e) { console.log(e.message); }
