// invalid heritage expressions and derived-constructor errors
function tryIt(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name); }
}
tryIt('extends undefined', () => { class A extends undefined {} });
tryIt('extends number', () => { class A extends 42 {} });
tryIt('extends plain object', () => { class A extends {} {} });
tryIt('extends arrow', () => { class A extends (() => {}) {} });
tryIt('extends function with bad prototype', () => {
  function F() {}
  F.prototype = 3;
  class A extends F {}
});
tryIt('extends function with null prototype', () => {
  function F() {}
  F.prototype = null;
  class A extends F {}
  console.log('  proto of A.prototype:', Object.getPrototypeOf(A.prototype));
});

// extends null: defining is fine, default constructor fails on new
class NullChild extends null {}
tryIt('new extends null', () => new NullChild());
console.log(Object.getPrototypeOf(NullChild) === Function.prototype);

// derived constructor must call super before returning
tryIt('no super call', () => {
  class Base {}
  class D extends Base { constructor() {} }
  new D();
});

// super() in a non-derived class is a SyntaxError
tryIt('super in base class', () => eval('(class { constructor() { super(); } })'));
tryIt('super outside method', () => eval('(function () { super.x; })'));
