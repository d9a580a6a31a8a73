// hasOwnProperty, Object.hasOwn, propertyIsEnumerable
const proto = { inherited: 1 };
const obj = Object.create(proto);
obj.own = undefined;
Object.defineProperty(obj, 'hidden', { value: 1, enumerable: false });
const s = Symbol('s');
obj[s] = 1;

console.log(obj.hasOwnProperty('own'), obj.hasOwnProperty('inherited'), obj.hasOwnProperty('hidden'), obj.hasOwnProperty(s));
console.log(Object.hasOwn(obj, 'own'), Object.hasOwn(obj, 'inherited'), Object.hasOwn(obj, s), Object.hasOwn(obj, 'missing'));
console.log(obj.propertyIsEnumerable('own'), obj.propertyIsEnumerable('hidden'), obj.propertyIsEnumerable('inherited'), obj.propertyIsEnumerable(s));

// arrays and strings
console.log([1, 2].hasOwnProperty(0), [1, 2].hasOwnProperty('length'), [, 1].hasOwnProperty(0));
console.log(Object.hasOwn('abc', 1), Object.hasOwn('abc', 'length'), 'abc'.propertyIsEnumerable(0), 'abc'.propertyIsEnumerable('length'));

// null-prototype objects need Object.hasOwn or call
const bare = Object.create(null);
bare.k = 1;
console.log(Object.hasOwn(bare, 'k'), Object.prototype.hasOwnProperty.call(bare, 'k'));
try { bare.hasOwnProperty('k'); } catch (e) { console.log('bare.hasOwnProperty', e.name); }

// shadowed hasOwnProperty
const tricky = { hasOwnProperty() { return 'shadowed'; }, x: 1 };
console.log(tricky.hasOwnProperty('x'), Object.prototype.hasOwnProperty.call(tricky, 'x'));

// key conversion
console.log(({ 1: 'a' }).hasOwnProperty(1), ({ undefined: 1 }).hasOwnProperty(), Object.hasOwn({ null: 1 }, null));
try { Object.hasOwn(null, 'x'); } catch (e) { console.log('hasOwn(null)', e.name); }

// built-in properties
console.log(Array.prototype.hasOwnProperty('map'), Math.propertyIsEnumerable('PI'), Object.hasOwn(globalThis, 'Math'));
