// instances with own accessor properties and class fields that hold functions
class A {
  field = () => 1;
  method() {}
  constructor() {
    Object.defineProperty(this, 'acc', { get() { return 1; }, enumerable: true });
  }
}
console.log(new A());
class B { static get s() { return 1; } static value = [1, 2]; }
console.log(B);
class C { constructor() { this.inner = new B(); this.arr = [new B()]; } }
console.log(new C());
console.log([new A(), new A()]);
