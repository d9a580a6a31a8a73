// Object.keys, Object.values, Object.entries and Object.fromEntries
const s = Symbol('s');
const obj = { b: 2, a: 1, 1: 'one', [s]: 'sym' };
Object.defineProperty(obj, 'hidden', { value: 'h', enumerable: false });
console.log(Object.keys(obj));
console.log(Object.values(obj));
console.log(Object.entries(obj));

// inherited properties are excluded
const child = Object.create({ inherited: 1 });
child.own = 2;
console.log(Object.keys(child), Object.values(child));

// primitives are coerced
console.log(Object.keys('abc'), Object.values('ab'), Object.entries(5), Object.keys(true));
try { Object.keys(null); } catch (e) { console.log('null', e.name); }
try { Object.entries(undefined); } catch (e) { console.log('undefined', e.name); }

// arrays
console.log(Object.keys(['x', , 'z']), Object.entries(['x', 'y']));

// getters are invoked by values/entries
let calls = 0;
const g = { get v() { calls++; return 'got'; } };
console.log(Object.values(g), Object.entries(g), calls);

// fromEntries
console.log(Object.fromEntries([['a', 1], ['b', 2], ['a', 3]]));
console.log(Object.fromEntries(Object.entries({ x: 1, y: 2 }).map(([k, v]) => [k.toUpperCase(), v * 10])));
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => (i < 2 ? { value: ['k' + i, i++], done: false } : { done: true }) };
  },
};
console.log(Object.fromEntries(iterable));
