// Object.prototype.toString tags for built-in and custom values
const toString = Object.prototype.toString;
const values = [
  undefined, null, 1, 'str', true, Symbol('s'), {}, [], function () {}, () => {}, class {},
  new Error('e'), new TypeError('t'), Math, new Number(1), new String('s'), new Boolean(false),
  Object.create(null), (function () { return arguments; })(),
];
for (const v of values) console.log(toString.call(v));

// Symbol.toStringTag customises the tag
const tagged = { [Symbol.toStringTag]: 'Custom' };
console.log(toString.call(tagged), String(tagged), `${tagged}`);
class Tagged { get [Symbol.toStringTag]() { return 'FromGetter'; } }
console.log(toString.call(new Tagged()));

// non-string tags are ignored
console.log(toString.call({ [Symbol.toStringTag]: 42 }));

// built-in toStringTag values
console.log(Math[Symbol.toStringTag], Symbol.prototype[Symbol.toStringTag]);

// overriding the tag of an array does not work for the builtin check, but custom tag wins
const arr = [];
arr[Symbol.toStringTag] = 'NotAnArray';
console.log(toString.call(arr));

// default toString conversions
console.log(String({}), ({}).toString(), [] + '', [1, [2, 3]].toString());
