// instances of classes and constructor functions show the constructor name
class Foo {
  constructor() { this.x = 1; }
}
console.log(new Foo());
class Empty {}
console.log(new Empty());
class Point { constructor(x, y) { this.x = x; this.y = y; } }
console.log([new Point(1, 2), new Point(3, 4)]);
console.log({ p: new Point(0, 0) });
function Legacy() { this.v = 'legacy'; }
console.log(new Legacy());
class Sub extends Foo { constructor() { super(); this.y = 2; } }
console.log(new Sub());
class WithMethods { m() {} get g() { return 1; } }
console.log(new WithMethods());
class WithField { field = 'f'; #priv = 'hidden'; }
console.log(new WithField());
const proto = { kind: 'proto' };
console.log(Object.create(proto));
