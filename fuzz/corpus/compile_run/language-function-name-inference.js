// Function.prototype.name and name inference from bindings
function decl() {}
const expr = function () {};
const arrow = () => {};
const namedExpr = function realName() {};
let later;
later = function () {};
var v = () => {};
console.log(decl.name, expr.name, arrow.name, namedExpr.name, later.name, v.name);

const obj = {
  method() {},
  prop: function () {},
  arrowProp: () => {},
  ['comp' + 'uted']: function () {},
  get g() { return 1; },
  set s(x) {},
  [Symbol('sym')]: function () {},
  [Symbol()]: function () {},
  123: function () {},
};
console.log(obj.method.name, obj.prop.name, obj.arrowProp.name, obj.computed.name);
const gd = Object.getOwnPropertyDescriptor(obj, 'g');
const sd = Object.getOwnPropertyDescriptor(obj, 's');
console.log(gd.get.name, sd.set.name);
const syms = Object.getOwnPropertySymbols(obj);
console.log(quoted(obj[syms[0]].name), quoted(obj[syms[1]].name), obj[123].name);
function quoted(s) { return '"' + s + '"'; }

// default values in destructuring get names
const { d1 = function () {} } = {};
const [d2 = () => {}] = [];
console.log(d1.name, d2.name);

// anonymous functions passed as arguments have empty names
console.log('[' + (function () {}).name + ']', '[' + (() => {}).name + ']');

// classes
class A { static s() {} m() {} }
const B = class {};
const Cn = class Named {};
console.log(A.name, B.name, Cn.name, A.s.name, new A().m.name);

// bound and builtins
console.log(decl.bind(null).name, Math.max.name, Array.prototype.push.name);

// name is not overwritten by later assignment
let re = function () {};
const alias = re;
console.log(alias.name);

// name descriptor
const nd = Object.getOwnPropertyDescriptor(decl, 'name');
console.log(nd.writable, nd.enumerable, nd.configurable);

// assignment to a property does not infer a name
const holder = {};
holder.fn = function () {};
console.log('[' + holder.fn.name + ']');

// logical assignment infers names
let la;
la ??= () => {};
console.log(la.name);
