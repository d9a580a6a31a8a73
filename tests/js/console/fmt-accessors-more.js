// accessors on classes, nested objects, symbols and arrays
const sym = Symbol('acc');
console.log({ get [sym]() { return 1; } });
console.log({ inner: { get a() { return 1; }, set a(v) {} } });
const arr = [1];
Object.defineProperty(arr, 'g', { get() { return 2; }, enumerable: true });
console.log(arr);
console.log({ get 'quoted key'() { return 1; }, set 0(v) {} });
const o = Object.create(null, { only: { set(v) {}, enumerable: true } });
console.log(o);
