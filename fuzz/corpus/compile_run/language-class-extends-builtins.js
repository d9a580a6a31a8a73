// subclassing built-ins: Error and Array
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
const ve = new ValidationError('email', 'invalid email');
console.log(ve instanceof ValidationError, ve instanceof Error, ve.name, ve.message, ve.field);
console.log(String(ve), Object.prototype.toString.call(ve));

class Plain extends Error {}
const p = new Plain('plain message');
console.log(p.name, p.message, p.constructor.name, String(p));

// error cause through super
class Wrapped extends Error {
  constructor(msg, cause) { super(msg, { cause }); }
}
const w = new Wrapped('outer', 'inner cause');
console.log(w.cause, w.hasOwnProperty('cause'));

// Array subclass
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), Array.isArray(s), s instanceof Stack);
s.length = 1;
console.log(s.length, s[1]);
s[4] = 'x';
console.log(s.length);

// methods that create arrays use the species constructor
const mapped = s.map(x => x);
console.log(mapped instanceof Stack, mapped.constructor.name);
const sliced = s.slice(0, 1);
console.log(sliced instanceof Stack);

// Stack.from / Stack.of create instances of the subclass
console.log(Stack.from([1, 2]) instanceof Stack, Stack.of(7).peek());

// extending Function-less builtins like Object
class MyObj extends Object {
  constructor() { super(); this.made = true; }
}
console.log(new MyObj().made, new MyObj() instanceof Object);
