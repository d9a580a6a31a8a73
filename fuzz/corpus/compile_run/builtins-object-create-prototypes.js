// Object.create, getPrototypeOf, setPrototypeOf, isPrototypeOf
const proto = { greet() { return 'hi from ' + this.name; } };
const o = Object.create(proto);
o.name = 'o';
console.log(o.greet(), Object.getPrototypeOf(o) === proto);

// second argument: property descriptors
const withProps = Object.create(proto, {
  name: { value: 'described', enumerable: true },
  hidden: { value: 'not enumerable' },
  comp: { get() { return 'computed ' + this.name; } },
});
console.log(withProps.greet(), withProps.hidden, withProps.comp, Object.keys(withProps));
const d = Object.getOwnPropertyDescriptor(withProps, 'name');
console.log(d.writable, d.enumerable, d.configurable);

// null prototype
const bare = Object.create(null);
console.log(Object.getPrototypeOf(bare), 'toString' in bare);

// invalid prototype argument
try { Object.create(5); } catch (e) { console.log('create(5)', e.name); }
try { Object.create(); } catch (e) { console.log('create()', e.name); }

// getPrototypeOf on primitives
console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf('s') === String.prototype);
try { Object.getPrototypeOf(null); } catch (e) { console.log('getPrototypeOf(null)', e.name); }

// setPrototypeOf
const a = { a: 1 };
const b = { b: 2 };
console.log(Object.setPrototypeOf(a, b) === a, a.b);
Object.setPrototypeOf(a, null);
console.log(Object.getPrototypeOf(a), a.b);
console.log(Object.setPrototypeOf(1, null));
try { Object.setPrototypeOf({}, 1); } catch (e) { console.log('setPrototypeOf(obj, 1)', e.name); }
try { Object.setPrototypeOf(undefined, {}); } catch (e) { console.log('setPrototypeOf(undefined)', e.name); }

// isPrototypeOf
console.log(Object.prototype.isPrototypeOf(o), proto.isPrototypeOf(o), o.isPrototypeOf(proto));
console.log(Object.prototype.isPrototypeOf.call(proto, 1));

// prototype chain of built-ins
console.log(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(Array.prototype) === Object.prototype);
console.log(Object.getPrototypeOf(function () {}) === Function.prototype, Object.getPrototypeOf(Function.prototype) === Object.prototype);
