// WeakMap, WeakSet and WeakRef show no entries
console.log(new WeakMap());
const key = {};
const wm = new WeakMap([[key, 1]]);
console.log(wm);
console.log(new WeakSet([key]));
console.log({ ws: new WeakSet(), wm });
console.log(new WeakRef(key));
console.log([new WeakRef({ a: 1 })]);
