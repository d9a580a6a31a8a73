// var declarations in sloppy direct eval are added to the calling function's scope
function f() {
  eval('var leaked = "from eval"');
  return leaked;
}
console.log(f());
console.log(typeof leaked);

function g() {
  const before = typeof added;
  eval('var added = 1');
  return before + ' -> ' + typeof added;
}
console.log(g());

// eval var can be deleted (configurable binding)
function h() {
  eval('var deletable = 1');
  const deleted = delete deletable;
  return deleted + ' ' + typeof deletable;
}
console.log(h());

// eval var shadows outer variable
var shadowTarget = 'outer';
function i() {
  const read1 = shadowTarget;
  eval('var shadowTarget = "inner"');
  return read1 + ' / ' + shadowTarget;
}
console.log(i(), shadowTarget);

// eval var conflicting with a let in the same function scope is a SyntaxError
function j() {
  let conflict = 1;
  try {
    eval('var conflict = 2');
  } catch (e) {
    return e.name;
  }
  return 'no error';
}
console.log(j());

// function declarations in eval also leak
function k() {
  eval('function leakedFn() { return "leaked function"; }');
  return leakedFn();
}
console.log(k());

// inside a block: eval var hoists to the function, not the block
function l() {
  {
    eval('var blockVar = "function scoped"');
  }
  return blockVar;
}
console.log(l());
