// `X.apply(Y, arguments)` in a function without parameters that uses `arguments` for
// nothing else: the callee gets the call's own arguments (the engine makes no arguments
// object unless something other than Function.prototype.apply is called with it).
function forward() { return target.apply(this, arguments); }
function target() { return [this === undefined ? 'undefined' : typeof this, arguments.length, ...arguments]; }
console.log(forward(), forward(1), forward(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
console.log(forward.call({}, 'a', 'b'));
const obj = { forward, name: 'obj' };
console.log(obj.forward('x'));

// Natives and bound functions as the target.
function max() { return Math.max.apply(null, arguments); }
console.log(max(3, 9, 4), max());
function bound() { return target.bind('b', 'pre').apply(null, arguments); }
console.log(bound('post'));

// A strict function and a sloppy one pass `this` through as given.
function strictForward() { 'use strict'; return function () { 'use strict'; return this; }.apply(this, arguments); }
console.log(strictForward.call(5), typeof strictForward.call('s'));

// Not callable, and a class constructor: the errors Function.prototype.apply throws.
function notCallable() { const o = Object.create(Function.prototype); return o.apply(null, arguments); }
// (V8 words the message with the receiver's description: not compared here.)
try { notCallable(1); } catch (e) { console.log(e.constructor.name, e.message.startsWith('Function.prototype.apply was called on')); }
class K {}
function classTarget() { return K.apply(null, arguments); }
try { classTarget(); } catch (e) { console.log(e.constructor.name, e.message); }

// Another `apply`: it gets a real arguments object, the same one each time in one call,
// and what it does to the object is what later applications see.
const seen = [];
const custom = {
  apply(thisArg, args) {
    seen.push(args);
    const r = [thisArg, args.length, Object.prototype.toString.call(args), Array.from(args)];
    args[0] = 'changed';
    return r;
  },
};
function viaCustom() {
  const first = custom.apply('t', arguments);
  const second = custom.apply('u', arguments);
  const third = target.apply(undefined, arguments);
  return [first, second, third];
}
console.log(JSON.stringify(viaCustom(1, 2)));
console.log(seen[0] === seen[1], seen[0].callee === viaCustom);
function strictCustom() { 'use strict'; return custom.apply(null, arguments); }
strictCustom(1);
try { seen[2].callee; } catch (e) { console.log(e.constructor.name); }

// `apply` replaced after the first calls.
function swap() { return holder.fn.apply(null, arguments); }
const holder = { fn: function () { return 'plain ' + arguments.length; } };
console.log(swap(1, 2));
holder.fn = { apply(t, a) { return 'custom ' + a.length + ' ' + a[1]; } };
console.log(swap(1, 2));

// Uses that still need the object: shadowing, other arguments, arrows, extra or spread
// arguments to apply.
function shadowed() { { const arguments = [7, 8]; return target.apply(null, arguments); } }
console.log(shadowed(1));
function alsoIndexed() { return [arguments[0], target.apply(null, arguments)]; }
console.log(alsoIndexed(4, 5));
function withArrow() { return (() => target.apply(null, arguments))(); }
console.log(withArrow(6));
function extraArg() { return target.apply(null, arguments, 'extra'); }
console.log(extraArg(1));
function spreadArg() { const a = [null, [9]]; return target.apply(...a, arguments); }
console.log(spreadArg(1));
function lengthToo() { return [arguments.length, target.apply(null, arguments)]; }
console.log(lengthToo(1, 2));

// Prototype.js's Class.create, as the V8 suite's RayTrace uses it.
const Class = { create() { return function () { this.initialize.apply(this, arguments); }; } };
const Vec = Class.create();
Vec.prototype = { initialize(x, y, z) { this.x = x; this.y = y; this.z = z; }, sum() { return this.x + this.y + this.z; } };
let total = 0;
for (let i = 0; i < 1000; i++) total += new Vec(i, 1, 2).sum();
console.log(total);

// Recursion through the forwarded call.
function countdown() { return arguments[0] > 0 ? fwd(arguments[0] - 1, ...Array.prototype.slice.call(arguments, 1), arguments[0]) : Array.from(arguments); }
function fwd() { return countdown.apply(null, arguments); }
console.log(fwd(4));
