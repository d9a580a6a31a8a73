// the parameter scope is separate from the body scope when defaults are present
var x = 'outer';
function f(a = () => x) {
  var x = 'body';
  return a();
}
console.log(f());

function g(a, getA = () => a) {
  var a = 'body a';
  return [a, getA()].join(' / ');
}
console.log(g('param a'));

function h(a, setA = (v) => { a = v; }) {
  setA('set through closure');
  return a;
}
console.log(h('initial'));

// defaults make arguments unmapped even in sloppy mode
function unmapped(a = 0) {
  a = 'changed';
  return arguments[0];
}
console.log(unmapped('orig'));

function mappedNoDefault(a) {
  a = 'changed';
  return arguments[0];
}
console.log(mappedNoDefault('orig'));

// function name is visible in defaults
function named(p = typeof named) { return p; }
console.log(named());
