// typeof results for every kind of value, including undeclared variables
console.log(typeof undefined, typeof null, typeof true, typeof 1, typeof NaN);
console.log(typeof 'str', typeof '', typeof Symbol(), typeof {}, typeof []);
console.log(typeof function () {}, typeof (() => {}), typeof class {}, typeof Math.max);
console.log(typeof new Number(1), typeof Object('s'), typeof Object(Symbol()));
console.log(typeof undeclaredVariable);

// typeof of a property of an undeclared variable throws
try {
  console.log(typeof undeclared.prop);
} catch (e) {
  console.log('member of undeclared', e.name);
}

// typeof of a missing property is fine
console.log(typeof ({}).missing, typeof globalThis.alsoMissing);

// precedence: typeof binds tighter than +
console.log(typeof 1 + 2);
console.log(typeof (1 + 2));
console.log(typeof typeof 1);

// typeof on function call results and parenthesised identifiers
function f() { return 's'; }
console.log(typeof f(), typeof (undeclaredInParens));

// typeof bound functions and classes
console.log(typeof f.bind(null), typeof class {}.constructor);

// typeof for getter results
