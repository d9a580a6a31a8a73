// Symbol.hasInstance customises instanceof
class Even {
  static [Symbol.hasInstance](n) {
    return typeof n === 'number' && n % 2 === 0;
  }
}
console.log(2 instanceof Even, 3 instanceof Even, 'x' instanceof Even);

const duck = {
  [Symbol.hasInstance](v) { return v != null && typeof v.quack === 'function'; },
};
console.log({ quack() {} } instanceof duck, {} instanceof duck);

// the result is coerced to boolean
const truthy = { [Symbol.hasInstance]() { return 'yes'; } };
console.log(1 instanceof truthy);

// default Function.prototype[Symbol.hasInstance]
function F() {}
console.log(typeof Function.prototype[Symbol.hasInstance]);
console.log(Function.prototype[Symbol.hasInstance].call(F, new F()));

// hasInstance receives the left operand and this is the right operand
const spy = {
  [Symbol.hasInstance](v) {
    console.log('called with', v, this === spy);
    return false;
  },
};
console.log(42 instanceof spy);

// non-callable hasInstance is a TypeError
const bad = { [Symbol.hasInstance]: 1 };
try { 1 instanceof bad; } catch (e) { console.log(e.name); }

// Symbol.hasInstance on Function.prototype is non-writable
F[Symbol.hasInstance] = () => true;
console.log({} instanceof F);
