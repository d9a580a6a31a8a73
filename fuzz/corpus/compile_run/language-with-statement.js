// the with statement in sloppy mode: lookup, assignment, functions, and fallthrough to outer scope
const obj = { a: 1, b: 2 };
var outerVar = 'outer';
with (obj) {
  console.log(a, b, outerVar);
  a = 10;              // assigns to obj.a
  outerVar = 'changed'; // not on obj, assigns to outer
  var c = 'declared';   // c is not on obj, so the hoisted outer var is assigned
}
console.log(obj.a, outerVar, c, 'c' in obj);

// var inside with where the name exists on the object assigns to the object
const target = { v: 'object v' };
with (target) {
  var v = 'assigned through with';
}
console.log(target.v, v);

// inherited properties are visible
const child = Object.create({ inherited: 'from proto' });
with (child) {
  console.log(inherited);
}

// method calls through with get the object as this
const counter = {
  count: 0,
  inc() { this.count++; return this === counter; },
};
with (counter) {
  console.log(inc(), count);
}

// properties added during the with body become visible
const dyn = {};
var late = 'outer late';
with (dyn) {
  console.log(late);
  dyn.late = 'object late';
  console.log(late);
}

// with on a primitive uses its wrapper
with ('hello') {
  console.log(length, toUpperCase());
}

// with null throws
try {
  with (null) {}
} catch (e) {
  console.log(e.name);
}

// closures created inside with keep the object environment
let getter;
const env = { secret: 'captured' };
with (env) {
  getter = () => secret;
}
env.secret = 'updated';
console.log(getter());

// typeof through with
with ({ maybe: undefined }) {
  console.log(typeof maybe, typeof notAnywhere);
}
