// var declarations are hoisted to the function scope and initialised to undefined
console.log(typeof a, a);
var a = 1;
console.log(a);

function f() {
  console.log('inside before', b);
  if (false) { var b = 2; }
  console.log('inside after', b);
  for (var i = 0; i < 3; i++) {}
  console.log('loop var leaks', i);
  { var c = 'block'; }
  return c;
}
console.log(f());

var a; // redeclaration does not reset the value
console.log(a);

function g() {
  x = 5;
  var x;
  return x;
}
console.log(g());
console.log(typeof x);

function h() {
  return typeof inner;
  var inner = function () {};
}
console.log(h());
