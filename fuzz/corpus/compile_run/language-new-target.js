// new.target in functions and constructors
function F() {
  return new.target === F ? 'called with new' : 'called without new: ' + String(new.target);
}
console.log(new F() instanceof F);
console.log(F());

function G() {
  if (!new.target) return 'plain';
  this.t = new.target.name;
}
console.log(G(), new G().t);

// arrows see the enclosing new.target
function H() {
  const arrow = () => new.target;
  this.same = arrow() === H;
}
console.log(new H().same);

// new.target with class inheritance
class Base {
  constructor() { this.target = new.target.name; }
}
class Derived extends Base {}
console.log(new Base().target, new Derived().target);

// bound function constructed: new.target is the target function
function T() { this.nt = new.target === T; }
const BoundT = T.bind(null);
console.log(new BoundT().nt);

// new.target in methods is undefined
const o = { m() { return new.target; } };
console.log(o.m());

// function that enforces new
function MustNew() {
  if (new.target === undefined) throw new TypeError('use new');
  this.ok = true;
}
try { MustNew(); } catch (e) { console.log(e.name, e.message); }
console.log(new MustNew().ok);
