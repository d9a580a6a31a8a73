// direct eval sees and modifies the local scope
function local() {
  const x = 'local x';
  let y = 1;
  eval('y += 10');
  return eval('x') + ' ' + y;
}
console.log(local());

// eval returns the completion value of the last statement
console.log(eval('1; 2; 3'), eval('if (true) { "if branch" } else { "else" }'), eval(''), eval('var z = 1'));
console.log(eval('let q = 5; q * 2'));

// non-string arguments are returned unchanged
const obj = { a: 1 };
console.log(eval(obj) === obj, eval(42));

// eval sees this and arguments
function withThis() { return eval('this.tag + arguments[0]'); }
console.log(withThis.call({ tag: 'tag:' }, 'arg'));

// functions declared in eval are visible
function declares() {
  eval('function inner() { return "declared in eval"; }');
  return inner();
}
console.log(declares());

// let/const in eval do not leak
function lexical() {
  eval('let hidden = 1; const alsoHidden = 2;');
  return typeof hidden + ' ' + typeof alsoHidden;
}
console.log(lexical());

// syntax errors at eval time
try { eval('function ('); } catch (e) { console.log(e.name, e instanceof SyntaxError); }

// closures created in eval capture the local scope
function makeCounter() {
  let count = 0;
  return eval('() => ++count');
}
const counter = makeCounter();
counter();
console.log(counter());

// nested eval
function nestedEval() {
  const v = 'nested';
  return eval('eval("v")');
}
console.log(nestedEval());
