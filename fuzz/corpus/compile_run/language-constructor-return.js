// constructors returning objects replace the created instance, primitives are ignored
function ReturnsObject() {
  this.a = 1;
  return { b: 2 };
}
const ro = new ReturnsObject();
console.log(ro.a, ro.b, ro instanceof ReturnsObject);

function ReturnsPrimitive() {
  this.a = 1;
  return 42;
}
const rp = new ReturnsPrimitive();
console.log(rp.a, rp instanceof ReturnsPrimitive);

function ReturnsNull() {
  this.a = 'kept';
  return null;
}
console.log(new ReturnsNull().a);

function ReturnsFunction() {
  return function inner() {};
}
console.log(typeof new ReturnsFunction(), new ReturnsFunction().name);

function ReturnsArray() { return [1, 2]; }
console.log(Array.isArray(new ReturnsArray()));

function ReturnsThis() { this.x = 'x'; return this; }
console.log(new ReturnsThis().x);

function ReturnsUndefined() { this.u = 'u'; return undefined; }
console.log(new ReturnsUndefined().u);

// classes: base class may return an object
class Base {
  constructor() { return { fromBase: true }; }
}
class Derived extends Base {
  constructor() { super(); this.fromDerived = true; }
}
const d = new Derived();
console.log(d.fromBase, d.fromDerived, d instanceof Derived);

// derived returning a primitive is a TypeError
class BadDerived extends Object {
  constructor() { super(); return 1; }
}
try { new BadDerived(); } catch (e) { console.log('derived primitive', e.name); }

// derived returning undefined without calling super
class NoSuper extends Object {
  constructor() { return undefined; }
}
try { new NoSuper(); } catch (e) { console.log('no super', e.name); }

class ReturnsObjNoSuper extends Object {
  constructor() { return { ok: 'object without super' }; }
}
console.log(new ReturnsObjNoSuper().ok);
