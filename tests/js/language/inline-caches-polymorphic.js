// Polymorphic inline caches: one read or write site seeing several receiver shapes (classes,
// literals, strings) and prototypes that change under it.
class A { constructor() { this.x = 1; } get g() { return 'A' } m() { return 'a' } }
class B { constructor() { this.y = 0; this.x = 2; } get g() { return 'B' } m() { return 'b' } }
class C { constructor() { this.z = 0; this.x = 3; } m() { return 'c' } }
var D = { x: 4, m() { return 'd' }, get g() { return 'D' } };
var E = Object.create({ x: 5, m() { return 'e' } });
var objs = [new A, new B, new C, D, E, 'str', new A];
var out = [];
for (var r = 0; r < 3; r++) for (var o of objs) { out.push(o.x, typeof o.m === 'function' ? o.m() : o.m, o.g, o.length); }
console.log(out.join(','));
// writes
for (var r = 0; r < 3; r++) for (var o of objs) { if (typeof o === 'object') o.x = r * 10; }
console.log(objs.map(o => o.x).join(','));
Object.defineProperty(C.prototype, 'm', { value() { return 'C2' } });
B.prototype.m = function () { return 'B2' };
console.log(objs.map(o => typeof o.m === 'function' ? o.m() : o.m).join(','));
var frozen = Object.freeze({ x: 1 }); try { (function () { 'use strict'; for (var o of [new A, new B, frozen]) o.x = 9; })() } catch (e) { console.log(e.constructor.name) }
