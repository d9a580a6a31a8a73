// new.target in base and derived constructors, and abstract-class patterns
class Base {
  constructor() {
    this.created = new.target.name;
    this.isBase = new.target === Base;
  }
}
class Mid extends Base {
  constructor() {
    super();
    this.midSees = new.target.name;
  }
}
class Leaf extends Mid {}
const leaf = new Leaf();
console.log(leaf.created, leaf.midSees, leaf.isBase);
console.log(new Base().isBase, new Mid().created);

// abstract base class
class Shape {
  constructor() {
    if (new.target === Shape) throw new TypeError('Shape is abstract');
  }
}
class Circle extends Shape {}
try { new Shape(); } catch (e) { console.log(e.name, e.message); }
console.log(new Circle() instanceof Shape);

// new.target.prototype determines the instance prototype
class Proto {
  constructor() {
    this.protoIsTarget = Object.getPrototypeOf(this) === new.target.prototype;
  }
}
class ProtoChild extends Proto {}
console.log(new ProtoChild().protoIsTarget);

// new.target in static method is undefined
class S { static m() { return new.target; } }
console.log(S.m());

// new.target in arrow in constructor
class Arr {
  constructor() {
    const f = () => new.target;
    this.t = f().name;
  }
}
class ArrChild extends Arr {}
console.log(new ArrChild().t);
