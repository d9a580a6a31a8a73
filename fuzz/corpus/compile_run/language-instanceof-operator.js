// instanceof walks the prototype chain of the left operand
function A() {}
function B() {}
B.prototype = Object.create(A.prototype);
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object);
console.log(new A() instanceof B);

// primitives are never instances
console.log(1 instanceof Number, 'x' instanceof String, new Number(1) instanceof Number);

// arrays and functions
console.log([] instanceof Array, [] instanceof Object, (() => {}) instanceof Function);

// null-prototype object
console.log(Object.create(null) instanceof Object);

// right-hand side must be callable
try { ({}) instanceof {}; } catch (e) { console.log('non-callable rhs', e.name); }

// function with non-object prototype
function Bad() {}
Bad.prototype = 3;
try { ({}) instanceof Bad; } catch (e) { console.log('non-object prototype', e.name); }

// bound functions use the target
const BoundA = A.bind(null);
console.log(new A() instanceof BoundA);

// arrow functions have no prototype
try { ({}) instanceof (() => {}); } catch (e) { console.log('arrow rhs', e.name); }

// changing prototype after construction
function C() {}
const c = new C();
C.prototype = {};
console.log(c instanceof C);

// classes
class X {}
class Y extends X {}
console.log(new Y() instanceof X, X.prototype.isPrototypeOf(new Y()));
