// objects with a null prototype
console.log(Object.create(null));
const o = Object.create(null);
o.a = 1;
o.b = 'two';
console.log(o);
console.log([Object.create(null)]);
console.log({ inner: Object.create(null) });
console.log({ __proto__: null, x: 1 });
