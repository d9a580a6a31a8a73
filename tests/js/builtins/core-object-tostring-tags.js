// Object.prototype.toString with Symbol.toStringTag overrides, built-in tags and primitives
const ts = (v) => Object.prototype.toString.call(v);
console.log(ts(undefined), ts(null), ts(1), ts('s'), ts(true), ts(Symbol()), ts([]), ts(() => {}));
console.log(ts(new Error('x')), ts(new TypeError('x')), ts(/re/), ts(new Date(0)), ts((function () { return arguments; })()));
console.log(ts(new Map()), ts(new Set()), ts(new WeakMap()), ts(JSON), ts(Math), ts(Reflect), ts(globalThis).length > 0);
console.log(ts(function* () {}), ts((function* () {})()), ts([].values()), ts(new Map().entries()), ts(''[Symbol.iterator]()));
console.log(ts({ [Symbol.toStringTag]: 'Custom' }), ts({ [Symbol.toStringTag]: 42 }));
class Tagged { get [Symbol.toStringTag]() { return 'Tagged!'; } }
console.log(ts(new Tagged()), String(new Tagged()), `${new Tagged()}`);
const arr = [];
arr[Symbol.toStringTag] = 'NotArray';
console.log(ts(arr));
const fakeArr = Object.create(Array.prototype);
console.log(ts(fakeArr), Array.isArray(fakeArr));
console.log(ts(new Proxy([], {})), ts(new Proxy(function () {}, {})));
console.log(Symbol.prototype[Symbol.toStringTag], Map.prototype[Symbol.toStringTag], Math[Symbol.toStringTag]);
const d = Object.getOwnPropertyDescriptor(Map.prototype, Symbol.toStringTag);
console.log(d.writable, d.enumerable, d.configurable);
console.log(ts(Object(0)), ts(new Boolean(false)), ts(new String('')));
