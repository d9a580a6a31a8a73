// function declarations are hoisted with their bodies; interaction with var
console.log(early());
function early() { return 'early works'; }

console.log(typeof expr);
var expr = function () { return 'expr'; };
console.log(expr());

console.log(typeof both);
var both = 1;
function both() {}
console.log(typeof both);

function dup() { return 'first'; }
console.log(dup());
function dup() { return 'second'; }

function outer() {
  return inner();
  function inner() { return 'inner hoisted'; }
}
console.log(outer());

function paramVsFn(p) {
  function p() {}
  return typeof p;
}
console.log(paramVsFn(1));

function varNoInit(q) {
  var q;
  return q;
}
console.log(varNoInit(42));
