// util.inherits: prototype chain, super_, and its argument errors
const util = require('util');
const EventEmitter = require('events');

function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} makes a sound`; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype.own = function () { return 'own method kept'; };
util.inherits(Dog, Animal);
Dog.prototype.bark = function () { return `${this.name} barks`; };

const d = new Dog('Rex');
console.log(d.speak(), '|', d.bark(), '|', d.own());
console.log(d instanceof Dog, d instanceof Animal, Dog.super_ === Animal);
console.log(Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
console.log(Dog.prototype.constructor === Dog);
const desc = Object.getOwnPropertyDescriptor(Dog, 'super_');
console.log(desc.writable, desc.enumerable, desc.configurable);
console.log(Object.keys(Dog));

function Stream() { EventEmitter.call(this); }
util.inherits(Stream, EventEmitter);
const s = new Stream();
s.on('data', (x) => console.log('data event', x));
s.emit('data', 1);
console.log(s instanceof EventEmitter, Stream.super_ === EventEmitter);

// class as superCtor
class Base { hello() { return 'hello from Base'; } }
function Legacy() {}
util.inherits(Legacy, Base);
console.log(new Legacy().hello());

const bad = [
  [null, Animal],
  [undefined, Animal],
  [Dog, null],
  [Dog, undefined],
  [Dog, {}],
  [Dog, () => {}],
  [Dog, 42],
];
for (const [ctor, superCtor] of bad) {
  try {
    util.inherits(ctor, superCtor);
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
