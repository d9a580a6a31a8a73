// Built-ins see a proxy only through its traps.
const arrProxy = new Proxy([1, 2, 3], {});
console.log(Array.isArray(arrProxy), arrProxy.length, [...arrProxy], arrProxy.map(x => x * 2));
console.log(JSON.stringify(arrProxy), JSON.stringify({ nested: new Proxy({ a: [1] }, {}) }));
console.log(Object.prototype.toString.call(arrProxy), Object.prototype.toString.call(new Proxy({}, {})));
console.log([].concat(arrProxy), Object.assign({}, new Proxy({ x: 1, y: 2 }, {})));
const counted = new Proxy({ a: 1, b: 2 }, {
  ownKeys(t) { console.log("ownKeys"); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, k) { console.log("gOPD", k); return Reflect.getOwnPropertyDescriptor(t, k); },
});
console.log({ ...counted });
console.log(Object.entries(counted));
const defaults = new Proxy({}, { get: (t, k) => (k in t ? t[k] : `<${String(k)}>`) });
console.log(defaults.anything, `${defaults.x}`);
const p = new Proxy({ a: 1 }, {});
console.log(p, [p], { p });
console.log(new Proxy(function named() {}, {}));
console.log(new Proxy(new Map([[1, 2]]), {}));
