// Property enumeration order for getters/setters, integer-like keys, strings and symbols across APIs
const s = Symbol('sym');
const o = {
  b: 1,
  get 2() { return 'getter two'; },
  [s]: 'symbol',
  set a(v) {},
  1: 'one',
  get c() { return 'c'; },
  '1e3': 'not integer',
  '007': 'not canonical',
  1000: 'thousand',
};
console.log(Object.keys(o));
console.log(JSON.stringify(o));
console.log(Object.getOwnPropertyNames(o).join(','), Object.getOwnPropertySymbols(o).length);
const out = [];
for (const k in o) out.push(k);
console.log(out.join(','));
console.log(Object.entries(o).map(([k, v]) => k + ':' + v).join(' | '));
const late = {};
late.x = 1;
Object.defineProperty(late, 'y', { get() { return 2; }, enumerable: true });
late[3] = 3;
Object.defineProperty(late, 'x', { get() { return 'redefined'; } });
console.log(Object.keys(late), JSON.stringify(late), { ...late });
class C { b() {} static z() {} a() {} get g() { return 1; } [Symbol.iterator]() {} 10() {} }
console.log(Object.getOwnPropertyNames(C.prototype), Object.getOwnPropertyNames(C));
const spread = { ...{ z: 1, 1: 1 }, a: 2, 0: 0 };
console.log(Object.keys(spread));
const overwrite = { a: 1, b: 2, a: 3 };
console.log(Object.keys(overwrite), overwrite.a);
