// the case block is one lexical scope shared by all cases
function f(x) {
  switch (x) {
    case 0:
      let shared = 'set in case 0';
      return shared;
    case 1:
      try {
        return shared;
      } catch (e) {
        return 'TDZ: ' + e.name;
      }
    case 2: {
      let shared = 'own block in case 2';
      return shared;
    }
  }
}
console.log(f(0));
console.log(f(1));
console.log(f(2));

// duplicate let across cases is a SyntaxError
try {
  eval('switch (1) { case 1: let a = 1; break; case 2: let a = 2; }');
} catch (e) {
  console.log('duplicate', e.name);
}

// function declarations in cases are hoisted within the switch block
function g(x) {
  switch (x) {
    case 'call':
      return helper();
    case 'never':
      function helper() { return 'hoisted helper'; }
  }
}
console.log(g('call'));

// closures capture the switch scope binding
function h() {
  const fns = [];
  switch (1) {
    case 1:
      let v = 'first';
      fns.push(() => v);
      v = 'mutated';
  }
  return fns[0]();
}
console.log(h());

// var inside switch is function scoped
function k() {
  switch (1) { case 1: var leaked = 'var leaks'; }
  return leaked;
}
console.log(k());
