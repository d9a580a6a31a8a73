// __proto__ in object literals: sets the prototype unless computed or shorthand
const proto = { inherited: 'yes' };
const a = { __proto__: proto, own: 1 };
console.log(a.inherited, Object.getPrototypeOf(a) === proto, Object.keys(a).join(','));

const b = { '__proto__': proto };
console.log(Object.getPrototypeOf(b) === proto);

// computed __proto__ creates an own property
const c = { ['__proto__']: proto };
console.log(Object.getPrototypeOf(c) === Object.prototype, Object.keys(c).join(','), c.hasOwnProperty('__proto__'));

// shorthand __proto__ creates an own property
const __proto__ = proto;
const d = { __proto__ };
console.log(Object.getPrototypeOf(d) === Object.prototype, d.hasOwnProperty('__proto__'));

// null prototype
const e = { __proto__: null };
console.log(Object.getPrototypeOf(e), typeof e.hasOwnProperty);

// non-object value is ignored
const f = { __proto__: 5 };
console.log(Object.getPrototypeOf(f) === Object.prototype);

// method named __proto__ is an own property
const g = { __proto__() { return 'method'; } };
console.log(g.hasOwnProperty('__proto__'), Object.getPrototypeOf(g) === Object.prototype);

// duplicate __proto__ is a SyntaxError
try {
  eval('({ __proto__: null, __proto__: null })');
} catch (err) {
  console.log('duplicate', err.name);
}

// spread of an object with own __proto__ key
const h = { ...c };
console.log(h.hasOwnProperty('__proto__'), Object.getPrototypeOf(h) === Object.prototype);

// the accessor on Object.prototype
const i = {};
i.__proto__ = proto;
console.log(i.inherited, Object.prototype.hasOwnProperty('__proto__'));
