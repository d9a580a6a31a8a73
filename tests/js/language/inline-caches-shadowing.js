// Property additions that shadow a writable data property of a prototype (a class's default
// kept on its prototype, as the V8 suite's RayTrace does) are cached; the cache must notice
// the prototype's property turning read-only or into a setter, and a new prototype.
function V(x) { this.x = x; }
V.prototype = { x: 0, y: 0, sum() { return this.x + this.y; } };
var vs = [];
for (var i = 0; i < 5; i++) vs.push(new V(i));
console.log(vs.map(function (v) { return v.sum() + ':' + Object.keys(v); }).join(' '));
Object.defineProperty(V.prototype, 'x', { writable: false });
var w = new V(7);
console.log(w.x, Object.keys(w));
try { (function () { 'use strict'; function S(x) { this.x = x; } S.prototype = V.prototype; new S(1); new S(2); })(); } catch (e) { console.log(e.constructor.name, e.message.includes("'x'")); }
Object.defineProperty(V.prototype, 'x', { set: function (v) { console.log('setter', v); }, configurable: true });
var s = new V(3);
console.log(Object.keys(s));
V.prototype = { x: 'p' };
var t = new V(4);
console.log(t.x, Object.keys(t));
var deep = Object.create(Object.create({ x: 1 }));
for (var j = 0; j < 3; j++) { var d = Object.create(Object.getPrototypeOf(deep)); d.x = j; console.log(d.x, Object.keys(d).length); }
