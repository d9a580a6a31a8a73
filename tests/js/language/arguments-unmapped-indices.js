// A sloppy function's arguments object whose indices map no parameter: none declared, or
// fewer arguments passed than reach a parameter, or arguments past the last parameter.
// It behaves as an ordinary object for those indices (ECMA-262 §10.4.4: the exotic methods
// consult the parameter map only for mapped indices), while `callee` is still the function.
function none() {
  const a = arguments;
  a[0] = 'changed';
  Object.defineProperty(a, 1, { value: 'defined', writable: false });
  a[1] = 'ignored';
  delete a[2];
  return [a.length, a[0], a[1], a[2], a.callee === none, Object.prototype.toString.call(a),
    Object.keys(a).join(','), Object.getOwnPropertyDescriptor(a, 'callee').enumerable];
}
console.log(none('x', 'y', 'z'));

function one(p) {
  const a = arguments;
  a[1] = 'extra changed';
  p = 'p changed';
  return [a[0], a[1], p, a.length];
}
console.log(one('p', 'extra'));
console.log(one());

function lateParam(p, q) {
  const a = arguments;
  q = 'q set';
  return [a.length, a[1], q];
}
console.log(lateParam('only'));

// The constructor pattern of Prototype.js's Class.create (the V8 suite's RayTrace).
const Class = {
  create() {
    return function () { this.initialize.apply(this, arguments); };
  },
};
const Point = Class.create();
Point.prototype.initialize = function (x, y) { this.x = x; this.y = y; this.n = arguments.length; };
const p = new Point(1, 2);
console.log(p.x, p.y, p.n, JSON.stringify(new Point()));
for (let i = 0; i < 3; i++) console.log(new Point(i, i * 2).y);
