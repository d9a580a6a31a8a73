// rules for the value of this: method calls, plain calls, call/apply/bind
function sloppyThis() { return this; }
function strictThis() { 'use strict'; return this; }

console.log(sloppyThis() === globalThis);
console.log(strictThis());

const obj = { name: 'obj', get() { return this && this.name; } };
console.log(obj.get());
const detached = obj.get;
console.log(detached() === undefined || detached() === globalThis.name);
console.log((obj.get)());
console.log((0, obj.get)() === obj.get.call(globalThis));

// call / apply / bind
const other = { name: 'other' };
console.log(obj.get.call(other), obj.get.apply(other, []));
const bound = obj.get.bind(other);
console.log(bound(), bound.call(obj));

// primitives as this: boxed in sloppy, raw in strict
console.log(typeof sloppyThis.call(5), typeof strictThis.call(5));
console.log(sloppyThis.call(null) === globalThis, strictThis.call(null));
console.log(sloppyThis.call(undefined) === globalThis, strictThis.call(undefined));

// nested functions lose this
const outer = {
  name: 'outer',
  m() {
    function inner() { return this === globalThis; }
    return inner();
  },
};
console.log(outer.m());

// this via computed member call
const key = 'get';
console.log(obj[key]());

// callbacks with thisArg
const result = [1].map(function () { return this.name; }, other);
console.log(result[0]);

// this in a method invoked through a prototype
const proto = { who() { return this.id; } };
const child = Object.create(proto);
child.id = 'child';
console.log(child.who());

// bind twice keeps the first this
function showThis() { return this.v; }
const b1 = showThis.bind({ v: 1 }).bind({ v: 2 });
console.log(b1());
