// Annex B: Object.prototype.__proto__, __defineGetter__, __defineSetter__, __lookupGetter__, __lookupSetter__
const proto = { p: 1 };
const o = {};
o.__proto__ = proto;
console.log(o.p, Object.getPrototypeOf(o) === proto, o.__proto__ === proto);
o.__proto__ = 5;
console.log(Object.getPrototypeOf(o) === proto);
const bare = Object.create(null);
bare.__proto__ = proto;
console.log(Object.getPrototypeOf(bare), bare.__proto__ === proto, Object.keys(bare));
const lit = { __proto__: proto, ['__proto__']: 'own' };
console.log(Object.getPrototypeOf(lit) === proto, Object.getOwnPropertyDescriptor(lit, '__proto__').value);
const desc = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
console.log(desc.get.call(1) === Number.prototype, desc.set.call(1, {}));
try { desc.set.call(Object.preventExtensions({}), {}); } catch (e) { console.log('non-extensible', e.name); }
const a = {};
let stored = 0;
a.__defineGetter__('v', function () { return 'got ' + stored; });
a.__defineSetter__('v', function (x) { stored = x; });
a.v = 9;
console.log(a.v, Object.keys(a), Object.getOwnPropertyDescriptor(a, 'v').configurable);
const child = Object.create(a);
console.log(child.__lookupGetter__('v') === Object.getOwnPropertyDescriptor(a, 'v').get, typeof child.__lookupSetter__('v'));
console.log(child.__lookupGetter__('missing'), ({ x: 1 }).__lookupGetter__('x'));
try { a.__defineGetter__('w', 1); } catch (e) { console.log('not callable', e.name); }
console.log(Object.prototype.__lookupGetter__('__proto__') === desc.get);
