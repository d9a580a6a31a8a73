// class inheritance: extends, super() calls, method overriding, prototype chains
class Shape {
  constructor(name) { this.name = name; }
  describe() { return 'shape ' + this.name; }
  static kind() { return 'shape kind'; }
}
class Circle extends Shape {
  constructor(r) {
    super('circle');
    this.r = r;
  }
  describe() { return super.describe() + ' r=' + this.r; }
  static kind() { return 'circle < ' + super.kind(); }
}
const c = new Circle(2);
console.log(c.describe(), Circle.kind());
console.log(c instanceof Circle, c instanceof Shape, Object.getPrototypeOf(Circle) === Shape);
console.log(Object.getPrototypeOf(Circle.prototype) === Shape.prototype);

// default derived constructor forwards all arguments
class Square extends Shape {}
console.log(new Square('sq').name);
class Args { constructor(...a) { this.n = a.length; } }
class ArgsChild extends Args {}
console.log(new ArgsChild(1, 2, 3).n);

// extending a plain constructor function
function Legacy(v) { this.v = v; }
Legacy.prototype.get = function () { return this.v; };
class Modern extends Legacy {
  constructor() { super('legacy value'); }
}
console.log(new Modern().get());

// extends with an expression
function mixin(Base) {
  return class extends Base { mixed() { return 'mixed ' + this.name; } };
}
class Mixed extends mixin(Shape) {}
console.log(new Mixed('m').mixed(), new Mixed('m').describe());

// super() called twice throws
class Twice extends Shape {
  constructor() {
    super('once');
    try { super('twice'); } catch (e) { this.err = e.name; }
  }
}
console.log(new Twice().err);

// extends null
class NullBase extends null {
  constructor() { return Object.create(NullBase.prototype); }
}
const nb = new NullBase();
console.log(nb instanceof NullBase, Object.getPrototypeOf(NullBase.prototype));
