// a function's own `this` read in place from a register: receivers per call, primitives boxed in sloppy code and kept in strict code, generators, mapped arguments, super, fields and static blocks, with and nested functions
function sloppyKind() { return typeof this + ':' + (this === globalThis); }
function strictKind() { 'use strict'; return typeof this + ':' + String(this); }
console.log(sloppyKind(), sloppyKind.call(5), strictKind(), strictKind.call(5), strictKind.call(null));

const proto = { name: 'proto', get() { return this.name + '/' + this.other(); }, other() { return this.name.length; } };
const a = Object.create(proto); a.name = 'alpha';
const b = Object.create(proto); b.name = 'be';
console.log(a.get(), b.get(), proto.get.call({ name: 'x', other() { return 'own'; } }));

function* gen() { const first = this.start; yield first; this.start += 10; yield this.start; }
const g = gen.call({ start: 1 });
console.log([...g]);

function mapped(x) { arguments[0] = 'changed'; return [x, this.tag, arguments.length]; }
console.log(mapped.call({ tag: 'T' }, 'orig', 2));

class Base { describe() { return 'base:' + this.id; } }
class Child extends Base {
  field = this.constructor.name + '-field';
  static label;
  static { this.label = 'static:' + this.name; }
  constructor(id) { super(); this.id = id; }
  describe() { return super.describe() + '|child:' + this.id + '|' + this.field; }
}
console.log(new Child(7).describe(), Child.label);

function withScope(o) { with (o) { return this.v + ':' + v; } }
console.log(withScope.call({ v: 'receiver' }, { v: 'scope' }));

function outer() {
  const self = this;
  function inner() { return this === self; }
  const arrow = () => this === self;
  return [inner(), inner.call(self), arrow(), this.k];
}
console.log(outer.call({ k: 'outer' }));

function tryFinally() {
  try { return this.a; } finally { this.a = 'after'; }
}
const tf = { a: 'before' };
console.log(tryFinally.call(tf), tf.a);

function counter() { this.n = (this.n || 0) + 1; return this; }
const c = {};
counter.call(c); counter.call(c); counter.apply(c, []);
console.log(c.n, typeof counter.call(undefined).n);

function evalThis() { return eval('this.q'); }
console.log(evalThis.call({ q: 'via eval' }));
async function asyncThis() { await null; return this.z; }
asyncThis.call({ z: 'async' }).then((v) => console.log(v));
