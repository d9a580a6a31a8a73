// delete in strict mode throws on non-configurable properties
'use strict';
function run(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e instanceof TypeError);
  }
}
const fixed = Object.defineProperty({}, 'x', { value: 1, configurable: false });
run('non-configurable', () => delete fixed.x);
run('configurable', () => delete { y: 1 }.y);
run('missing', () => delete {}.nope);
run('array length', () => delete [].length);
run('frozen', () => delete Object.freeze({ z: 1 }).z);
run('Math.PI', () => delete Math.PI);
run('function prototype', () => { function f() {} return delete f.prototype; });
run('function name', () => { function f() {} delete f.name; return f.name; });

// delete of an unqualified identifier is a SyntaxError in strict code
try {
  eval('var q = 1; delete q;');
} catch (e) {
  console.log('identifier', e.name);
}
