// Function name inference: variables, properties, computed and symbol keys, accessors, defaults, classes
const a = function () {};
const b = () => {};
let c; c = function () {};
const o = { d: function () {}, e: () => {}, ['f' + 1]: function () {}, [Symbol('sym')]: function () {}, [Symbol()]: () => {}, 7: function () {} };
console.log(a.name, b.name, c.name, o.d.name, o.e.name, o.f1.name, o[7].name);
const syms = Object.getOwnPropertySymbols(o);
console.log(JSON.stringify(o[syms[0]].name), JSON.stringify(o[syms[1]].name));
const acc = Object.getOwnPropertyDescriptor({ get x() { return 1; }, set x(v) {} }, 'x');
console.log(acc.get.name, acc.set.name);
const symAcc = Object.getOwnPropertyDescriptor({ get [Symbol.iterator]() { return 1; } }, Symbol.iterator);
console.log(symAcc.get.name);
const named = function inner() {};
console.log(named.name, (function () {}).name === '', (() => {}).name === '');
const { g = function () {} } = {};
const [h = () => {}] = [];
function withDefault(p = function () {}) { return p.name; }
console.log(g.name, h.name, withDefault());
const C = class {}; const D = class Named {};
console.log(C.name, D.name, (class {}).name === '');
class E { static name() { return 'static'; } }
console.log(typeof E.name);
let x; x ??= function () {}; let y = 0; y ||= () => {};
console.log(x.name, y.name);
o.assigned = function () {};
console.log(JSON.stringify(o.assigned.name));
console.log(new Function().name, (function* () {}).name === '', Object.getOwnPropertyDescriptor(class { static m() {} }, 'm').value.name);
const nd = Object.getOwnPropertyDescriptor(a, 'name');
console.log(nd.writable, nd.enumerable, nd.configurable);
class F { #priv() {} static getPriv(f) { return f.#priv.name; } }
console.log(F.getPriv(new F()));
