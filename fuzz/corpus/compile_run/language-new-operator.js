// the new operator: object creation, prototype linking and argument passing
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.sum = function () { return this.x + this.y; };

const p = new Point(1, 2);
console.log(p.x, p.y, p.sum());
console.log(Object.getPrototypeOf(p) === Point.prototype, p.constructor === Point);

// new without parentheses
function NoArgs() { this.made = true; }
const n = new NoArgs;
console.log(n.made);

// precedence: new with member access
const ns = { Ctor: function () { this.tag = 'ns'; } };
console.log(new ns.Ctor().tag);
function Factory() { return function Inner() { this.inner = 1; }; }
console.log(typeof new Factory(), new (Factory())().inner);

// prototype replaced after construction
function Late() {}
const before = new Late();
Late.prototype = { kind: 'new proto' };
const after = new Late();
console.log(before.kind, after.kind, before instanceof Late, after instanceof Late);

// non-object prototype falls back to Object.prototype
function Prim() {}
Prim.prototype = 5;
console.log(Object.getPrototypeOf(new Prim()) === Object.prototype);

// calling non-constructors with new
try { new Math.max(); } catch (e) { console.log('builtin method', e.name); }
try { new ({ m() {} }).m(); } catch (e) { console.log('method shorthand', e.name); }
try { new (() => {})(); } catch (e) { console.log('arrow', e.name); }
try { new 5(); } catch (e) { console.log('number', e.name); }

// spread arguments with new
function Args(...a) { this.n = a.length; }
console.log(new Args(...[1, 2, 3]).n);
