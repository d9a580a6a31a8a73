// accessor properties defined with Object.defineProperty
const obj = {};
let store = 0;
Object.defineProperty(obj, 'value', {
  get() { return store; },
  set(v) { store = v * 2; },
  enumerable: true,
  configurable: true,
});
obj.value = 21;
console.log(obj.value, store, Object.keys(obj).join(','));

// defaults are false for omitted attributes
Object.defineProperty(obj, 'hidden', { value: 'h' });
const d = Object.getOwnPropertyDescriptor(obj, 'hidden');
console.log(d.value, d.writable, d.enumerable, d.configurable, Object.keys(obj).join(','));

// getter only: assignment ignored in sloppy mode
Object.defineProperty(obj, 'ro', { get() { return 'read only'; } });
obj.ro = 'ignored';
console.log(obj.ro);

// converting a data property into an accessor (configurable)
const conv = { x: 1 };
Object.defineProperty(conv, 'x', { get() { return 'now accessor'; } });
console.log(conv.x, Object.getOwnPropertyDescriptor(conv, 'x').enumerable);

// redefining a non-configurable property throws
Object.defineProperty(obj, 'locked', { value: 1, configurable: false });
try {
  Object.defineProperty(obj, 'locked', { value: 2 });
} catch (e) {
  console.log('redefine locked', e.name);
}
// but redefining with the same value is fine
Object.defineProperty(obj, 'locked', { value: 1 });
console.log('same value ok');

// non-configurable but writable can still be changed to non-writable
Object.defineProperty(obj, 'w', { value: 1, writable: true, configurable: false });
Object.defineProperty(obj, 'w', { value: 2, writable: false });
console.log(obj.w, Object.getOwnPropertyDescriptor(obj, 'w').writable);

// mixing accessor and data attributes is a TypeError
try {
  Object.defineProperty({}, 'bad', { get() {}, value: 1 });
} catch (e) {
  console.log('mixed descriptor', e.name);
}
try {
  Object.defineProperty({}, 'bad', { get: 42 });
} catch (e) {
  console.log('non-callable getter', e.name);
}

// getters receive the receiver as this, including via prototype
const proto = {};
Object.defineProperty(proto, 'who', { get() { return this.name; } });
const child = Object.create(proto);
child.name = 'child';
console.log(child.who);

// defineProperty returns the object; non-objects throw
console.log(Object.defineProperty(obj, 'r', { value: 1 }) === obj);
try { Object.defineProperty(1, 'x', { value: 1 }); } catch (e) { console.log('primitive target', e.name); }

// defining array index and length
const arr = [1, 2, 3];
Object.defineProperty(arr, 5, { value: 'six', enumerable: true, configurable: true, writable: true });
console.log(arr.length);
