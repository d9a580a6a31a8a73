// strict mode arguments are unmapped and callee throws
function strictArgs(a) {
  'use strict';
  a = 'changed';
  arguments[0] = 'arg changed';
  return [a, arguments[0]].join(',');
}
console.log(strictArgs('orig'));

function strictCallee() {
  'use strict';
  try {
    return arguments.callee;
  } catch (e) {
    return e.name;
  }
}
console.log(strictCallee());

function strictAssign() {
  'use strict';
  try {
    eval('arguments = 1');
  } catch (e) {
    return e.name;
  }
}
console.log(strictAssign());

function strictLength() {
  'use strict';
  return arguments.length;
}
console.log(strictLength(1, 2, undefined));

// functions with non-simple params behave unmapped
function nonSimple(a, ...rest) {
  a = 'x';
  return arguments[0];
}
console.log(nonSimple('orig', 1));

function destructured({ p }, b) {
  b = 'nb';
  return arguments[1];
}
console.log(destructured({ p: 1 }, 'ob'));
