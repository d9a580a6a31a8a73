// shadowing of variables, parameters and globals
var x = 'global';
function f(x) {
  console.log('param', x);
  {
    let x = 'block';
    console.log('block', x);
  }
  return x;
}
console.log(f('arg'));

function g() {
  var x = 'local';
  return (function () { return x; })();
}
console.log(g());

function h(a) {
  var a;
  console.log('var does not reset param', a);
  var a = 'reassigned';
  return a;
}
console.log(h('p'));

let undefined_ = 1;
function shadowUndefined() {
  var undefined = 5;
  return undefined;
}
console.log(shadowUndefined());

function catchParam() {
  var e = 'outer';
  try { throw 'thrown'; } catch (e) { console.log('catch', e); }
  return e;
}
console.log(catchParam());

const name = 'outer';
const obj = {
  name: 'prop',
  get() { return name; },
};
console.log(obj.get());

function fnNameShadow() {
  var fnNameShadow = 3;
  return fnNameShadow;
}
console.log(fnNameShadow(), typeof fnNameShadow);
