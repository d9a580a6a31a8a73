// errors specific to strict mode code
'use strict';
function check(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name);
  }
}
check('assign undeclared', () => { undeclaredVariable = 1; });
check('write read-only', () => { const o = Object.freeze({ a: 1 }); o.a = 2; });
check('delete non-configurable', () => { delete Object.prototype; });
check('add to non-extensible', () => { const o = Object.preventExtensions({}); o.x = 1; });
check('assign to NaN', () => { NaN = 0; });
check('assign to undefined', () => { undefined = 0; });
check('callee access', () => (function () { return arguments.callee; })());
check('this is undefined', () => (function () { return this.x; })());
check('octal literal', () => eval('010'));
check('delete identifier', () => eval('var v; delete v;'));
check('with statement', () => eval('with ({}) {}'));
check('duplicate params', () => eval('(function (a, a) {})'));
check('eval as identifier', () => eval('var eval;'));
check('arguments assignment', () => eval('arguments = 1;'));
check('reserved word', () => eval('var implements = 1;'));
check('function in block is block scoped', () => {
  { function inner() {} }
  return inner;
});
check('primitive property write', () => { 'str'.x = 1; });
