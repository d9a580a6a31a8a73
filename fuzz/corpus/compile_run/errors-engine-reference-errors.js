// ReferenceErrors from unresolvable references and TDZ
function check(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e instanceof ReferenceError);
  }
}
check('undeclared read', () => notDeclaredAnywhere);
check('undeclared call', () => notDeclaredFn());
check('undeclared in expression', () => 1 + alsoNotDeclared);
check('typeof undeclared', () => typeof notDeclaredEither);
check('strict assignment to undeclared', () => { 'use strict'; undeclaredStrict = 1; });
check('let TDZ', () => { tdz; let tdz = 1; });
check('const TDZ', () => { cst; const cst = 1; });
check('class TDZ', () => { new Cls(); class Cls {} });
check('this before super', () => {
  class B {}
  class D extends B { constructor() { this.x = 1; super(); } }
  new D();
});
check('delete then read via with', () => {
  const o = { p: 1 };
  with (o) { delete o.p; return p; }
});
