// generator functions, arrow functions, methods, bound functions and classes with properties
function* gen() {}
console.log(gen);
console.log(function* () {});
const obj = { m() {}, *g() {}, ['comp' + 'uted']() {}, arrow: () => 1 };
console.log(obj);
console.log(obj.m, obj.g, obj.computed);
function base() {}
const bound = base.bind(null);
console.log(bound, bound.bind(null));
console.log((() => {}).bind(null));
const f = function () {};
console.log(f);
const g = () => {};
console.log([g]);
console.log({ fn: function named() {} });
