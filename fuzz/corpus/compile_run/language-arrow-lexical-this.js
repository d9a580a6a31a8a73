// arrow functions capture this from the enclosing scope
const obj = {
  value: 42,
  regular() {
    return [1, 2].map(function () { return this; });
  },
  arrow() {
    return [1, 2].map(() => this.value);
  },
  nested() {
    const a = () => () => this.value;
    return a()();
  },
};
console.log(obj.regular()[0] === globalThis);
console.log(obj.arrow());
console.log(obj.nested());

const detached = obj.arrow;
try {
  console.log(detached.call({ value: 'other' }));
} catch (e) {
  console.log(e.name);
}

// call/apply/bind cannot change an arrow's this
const captured = obj.nested.call({ value: 'called' });
console.log(captured);
function make() {
  return () => this;
}
const bound = make.call('ctx');
console.log(typeof bound(), String(bound.call('other')));
const boundArrow = bound.bind({ x: 1 });
console.log(String(boundArrow()));

// arrow inside a constructor
function Counter() {
  this.count = 0;
  this.inc = () => { this.count++; return this.count; };
}
const c = new Counter();
const inc = c.inc;
inc();
console.log(inc(), c.count);

// arrow this inside a plain sloppy function call is the global object
function sloppy() { return (() => this)(); }
console.log(sloppy() === globalThis);
function strictFn() { 'use strict'; return (() => this)(); }
console.log(strictFn());
