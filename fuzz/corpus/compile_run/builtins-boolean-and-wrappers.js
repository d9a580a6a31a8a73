// Boolean conversion, truthiness, and primitive wrapper objects
console.log(Boolean(0), Boolean(-0), Boolean(''), Boolean(' '), Boolean('0'), Boolean('false'), Boolean(NaN));
console.log(Boolean(null), Boolean(undefined), Boolean([]), Boolean({}), Boolean(Symbol()), Boolean(() => {}));
console.log(!!new Boolean(false), new Boolean(false) ? 'object is truthy' : 'falsy', Boolean(new Boolean(false)));
console.log(typeof Boolean(1), typeof new Boolean(1), new Boolean(true).valueOf(), true.toString(), Boolean.prototype.valueOf.call(false));

// wrapper equality
console.log(new Boolean(true) == true, new Boolean(true) === true, new Number(2) == 2, new String('a') == 'a');

// property access on primitives creates temporary wrappers
const s = 'text';
s.custom = 'lost';
console.log(s.custom, 'abc'.constructor === String, (5).constructor === Number, true.constructor === Boolean);

// methods added to prototypes are visible on primitives
String.prototype.shout = function () { return this.toUpperCase() + '!'; };
console.log('hey'.shout());
delete String.prototype.shout;

// Object() wraps primitives and returns objects as-is
const o = {};
console.log(Object(o) === o, typeof Object(1), typeof Object('s'), typeof Object(true), Object(null) instanceof Object, typeof Object(undefined));
