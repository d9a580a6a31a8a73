// object spread copies own enumerable properties (including symbols), invoking getters
const base = { a: 1, b: 2 };
const copy = { ...base, b: 3, c: 4 };
console.log(copy.a, copy.b, copy.c, copy === base);

const overridden = { b: 0, ...base };
console.log(overridden.b);

// getters are invoked and copied as data properties
let calls = 0;
const withGetter = { get g() { calls++; return 'got'; } };
const spread = { ...withGetter };
console.log(spread.g, calls, typeof Object.getOwnPropertyDescriptor(spread, 'g').get);

// non-enumerable and inherited properties are skipped
const proto = { inherited: 1 };
const obj = Object.create(proto);
Object.defineProperty(obj, 'hidden', { value: 1, enumerable: false });
obj.visible = 1;
console.log(Object.keys({ ...obj }).join(','));

// symbols are copied
const s = Symbol('s');
const withSym = { ...{ [s]: 'sym' } };
console.log(withSym[s]);

// spreading primitives and null/undefined
console.log(Object.keys({ ...'hi' }).join(','), Object.keys({ ...null, ...undefined, ...5, ...true }).length);
console.log({ ...['x', 'y'] }[1]);

// spread does not invoke setters on the target
const target = { ...{ set: 1 }, set x(v) { console.log('setter called'); } };
const merged = { ...target, x: 'plain' };
console.log(merged.x);

// spread is shallow
const deep = { inner: { v: 1 } };
const shallow = { ...deep };
shallow.inner.v = 2;
console.log(deep.inner.v);
