// class declarations: constructor, methods, static methods, strictness, call errors
class Animal {
  constructor(name) {
    this.name = name;
  }
  speak() {
    return this.name + ' makes a sound';
  }
  static create(name) {
    return new Animal(name);
  }
}
const a = Animal.create('cat');
console.log(a.speak(), a instanceof Animal, typeof Animal);

// classes cannot be called without new
try { Animal('x'); } catch (e) { console.log('call without new', e.name); }

// methods are non-enumerable
console.log(Object.keys(Animal.prototype).length, Object.getOwnPropertyNames(Animal.prototype).join(','));
const desc = Object.getOwnPropertyDescriptor(Animal.prototype, 'speak');
console.log(desc.enumerable, desc.writable, desc.configurable);

// prototype property is not writable
const pd = Object.getOwnPropertyDescriptor(Animal, 'prototype');
console.log(pd.writable, pd.enumerable, pd.configurable);

// class bodies are strict
class StrictCheck {
  static isStrict() { return (function () { return this; })() === undefined; }
}
console.log(StrictCheck.isStrict());

// class without constructor
class Empty {}
console.log(typeof new Empty(), Empty.length, Empty.name);

// class expressions
const Expr = class { m() { return 'expr method'; } };
console.log(new Expr().m(), Expr.name);

// methods are not constructors
try { new a.speak(); } catch (e) { console.log('new method', e.name); }

// class declarations are not hoisted like functions
try { new Later(); } catch (e) { console.log('before declaration', e.name); }
class Later {}

// instances get own properties only from constructor
const inst = new Animal('dog');
console.log(Object.keys(inst).join(','), inst.hasOwnProperty('speak'));

// getter on prototype and static property
class WithStatic {}
WithStatic.count = 5;
console.log(WithStatic.count);

// constructor property
console.log(Animal.prototype.constructor === Animal);
