// Inline caches at property reads and writes stay correct when shapes, prototypes and attributes change under them.
'use strict';
function readX(o) { return o.x; }
function writeX(o, v) { o.x = v; return o.x; }
function callM(o) { return o.m(); }

// Own property, then the same site sees other shapes.
const a = { x: 1 }, b = { y: 0, x: 2 }, c = { x: 3, z: 4 };
const seen = [];
for (let i = 0; i < 3; i++) for (const o of [a, b, c]) seen.push(readX(o));
console.log('own', seen.join(','));

// Prototype property; then shadowed by an own one; then the prototype's value changes.
const proto = { x: 'proto' };
const child = Object.create(proto);
console.log('proto', readX(child), readX(child));
child.x = 'own';
console.log('shadowed', readX(child));
delete child.x;
proto.x = 'changed';
console.log('after delete', readX(child));
Object.defineProperty(proto, 'x', { get() { return 'getter'; }, configurable: true });
console.log('getter', readX(child));
Object.setPrototypeOf(child, { x: 'other proto' });
console.log('new proto', readX(child));

// Two links up the chain: class methods and Object.prototype.
class Base { m() { return 'base'; } }
class Derived extends Base {}
const d = new Derived();
console.log('methods', callM(d), callM(d));
Derived.prototype.m = function () { return 'derived'; };
console.log('override', callM(d));
delete Derived.prototype.m;
Base.prototype.m = function () { return 'base2'; };
console.log('base again', callM(d));

// Writes: a read-only property after the cache saw it writable.
const w = { x: 0 };
for (let i = 0; i < 3; i++) writeX(w, i);
Object.defineProperty(w, 'x', { writable: false });
try { writeX(w, 99); } catch (e) { console.log('read-only', e.constructor.name, w.x); }
const f = Object.freeze({ x: 1 });
try { writeX(f, 2); } catch (e) { console.log('frozen', e.constructor.name, f.x); }

// Additions: the same site adds x to fresh objects, then a setter appears on the prototype.
function P() {}
const made = [];
for (let i = 0; i < 3; i++) { const o = new P(); writeX(o, i); made.push(Object.keys(o).join()); }
let setterCalls = 0;
Object.defineProperty(P.prototype, 'x', { set(v) { setterCalls++; }, get() { return 'from setter'; }, configurable: true });
const p2 = new P();
console.log('adds', made.join('|'), writeX(p2, 5), setterCalls, Object.keys(p2).length);
delete P.prototype.x;
Object.defineProperty(Object.prototype, 'x', { value: 'ro', writable: false, configurable: true });
const p3 = new P();
try { writeX(p3, 6); } catch (e) { console.log('inherited read-only', e.constructor.name, p3.x); }
delete Object.prototype.x;
const sealed = Object.preventExtensions(new P());
try { writeX(sealed, 7); } catch (e) { console.log('not extensible', e.constructor.name, Object.keys(sealed).length); }

// Object literals with the same keys share a layout; a duplicate key keeps the last value.
function lit(i) { return { id: i, name: 'n' + i, id2: i * 2 }; }
const lits = [lit(1), lit(2), { id: 1, id: 2 }];
console.log('literals', JSON.stringify(lits));

// Keys some kinds answer themselves are never served from a cache.
function len(o) { return o.length; }
console.log('length', len({ length: 7 }), len([1, 2, 3]), len('abcd'), len(new Uint8Array(5)), len(function (p, q) {}));
function inf(o) { return o.Infinity; }
console.log('numeric strings', inf({ Infinity: 'plain' }), inf(new Float64Array(2)), inf(Object.setPrototypeOf(new Int8Array(1), { Infinity: 'p' })));

// An error's lazily formatted stack, read and replaced through cached sites.
function stackOf(e) { return e.stack; }
const errs = [new Error('one'), new TypeError('two')];
console.log('stacks', errs.map((e) => stackOf(e).split('\n')[0]).join(' / '));
errs[0].stack = 'replaced';
console.log('replaced', stackOf(errs[0]));

// Many shapes through one site (the cache keeps the last).
const many = [];
for (let i = 0; i < 20; i++) { const o = {}; o['k' + i] = i; o.x = i; many.push(o); }
console.log('many', many.map(readX).reduce((s, v) => s + v, 0));

// An object turned into a dictionary by deletes still reads and writes correctly.
const dict = { x: 1, y: 2, z: 3 };
readX(dict); delete dict.y; writeX(dict, 10);
console.log('dictionary', readX(dict), JSON.stringify(dict));

// Accessors on the receiver itself.
const acc = { get x() { return 'own getter'; } };
console.log('own accessor', readX(acc), readX(acc));
