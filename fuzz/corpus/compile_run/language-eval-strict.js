// strict mode eval gets its own variable environment
function strictCaller() {
  'use strict';
  eval('var notLeaked = 1');
  return typeof notLeaked;
}
console.log(strictCaller());

// a 'use strict' directive inside the eval code also isolates
function sloppyCaller() {
  eval('"use strict"; var alsoNotLeaked = 1');
  return typeof alsoNotLeaked;
}
console.log(sloppyCaller());

// strict eval can still read and write outer variables
function readWrite() {
  'use strict';
  let x = 1;
  eval('x = x + 41');
  return x;
}
console.log(readWrite());

// strict eval code follows strict rules
function strictRules() {
  try {
    eval('"use strict"; undeclaredInStrictEval = 1');
  } catch (e) {
    return e.name;
  }
}
console.log(strictRules());

try {
  eval('"use strict"; with ({}) {}');
} catch (e) {
  console.log('with in strict eval', e.name);
}

// eval and arguments cannot be assigned in strict code
function strictAssign() {
  'use strict';
  try {
    eval('eval = 1');
  } catch (e) {
    return e.name;
  }
}
console.log(strictAssign());

// completion value still returned
function strictValue() {
  'use strict';
  return eval('var t = 5; t * 2');
}
console.log(strictValue());
