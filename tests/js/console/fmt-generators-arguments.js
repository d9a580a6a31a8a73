// generator objects and arguments objects
function* gen() { yield 1; }
console.log(gen());
console.log({ g: gen() });
function args() { return arguments; }
console.log(args(1, 2));
console.log(args());
console.log({ a: args('x', { y: 1 }) });
function strict() { 'use strict'; return arguments; }
console.log(strict(3));
const g = gen();
g.next();
console.log(g);
console.log(Object.getPrototypeOf(gen));
