// methods, computed-name methods, arrow functions and bound functions
const obj = { m() {}, ['comp' + 'uted']() {}, arrow: () => 1 };
console.log(obj);
console.log(obj.m, obj.computed);
function base() {}
const bound = base.bind(null);
console.log(bound, bound.bind(null));
console.log((() => {}).bind(null));
const f = function () {};
console.log(f);
const g = () => {};
console.log([g]);
console.log({ fn: function named() {} });
