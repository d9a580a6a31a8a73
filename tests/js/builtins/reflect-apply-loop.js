// Reflect.apply called from bytecode runs its target in the interpreter loop (issue 19), as
// f.apply does: results, receivers, errors and argument lists are the built-in's.
const ReflectApply = Reflect.apply;
function who(a, b) { 'use strict'; return [typeof this === 'object' && this !== null ? this.tag : String(this), a, b].join('/'); }
function sloppy() { return typeof this; }
const out = [];
for (let i = 0; i < 3; i++) {
  out.push(ReflectApply(who, { tag: 't' + i }, [i, i * 2]));
  out.push(ReflectApply(who, undefined, []));
  out.push(ReflectApply(sloppy, 5, []), ReflectApply(sloppy, undefined, []));
  out.push(ReflectApply(Math.max, null, [1, 9, 3]));
  out.push(ReflectApply(who.bind({ tag: 'bound' }, 'x'), null, ['y']));
  out.push(ReflectApply(Array.prototype.join, ['a', 'b'], ['-']));
  out.push(ReflectApply(function () { return arguments.length; }, null, { length: 3, 0: 'a' }));
  out.push(ReflectApply((...r) => r.join('+'), null, new Set([1]).keys().next().done ? [] : [1, 2]));
}
console.log(out.join(' '));

// Errors: a target that is not callable, a list that is not an object, a class, a throwing
// getter in the array-like, and an exception from the target.
const cases = [
  () => ReflectApply(42, null, []),
  () => ReflectApply({}, null, []),
  () => ReflectApply(who, null),
  () => ReflectApply(who, null, 'ab'),
  () => ReflectApply(class K {}, null, []),
  () => ReflectApply(who, null, { get length() { throw new RangeError('length getter'); } }),
  () => ReflectApply(() => { throw new SyntaxError('from target'); }, null, []),
];
for (const c of cases) {
  try { console.log('ok', c()); } catch (e) { console.log(e.constructor.name, e.message); }
}

// Deep recursion through Reflect.apply is a RangeError.
function down(n) { return ReflectApply(down, null, [n + 1]); }
try { down(0); } catch (e) { console.log(e.constructor.name, e.message); }

// A generator and an async function as targets.
function* gen(a) { yield a; yield a + 1; }
console.log([...ReflectApply(gen, null, [7])].join(','));
ReflectApply(async (v) => v * 2, null, [21]).then((v) => console.log('async', v));

// The message names the value as V8 shows it without running code.
class Foo {}
for (const v of [42, 'str', null, undefined, Symbol('s'), true, 10n, [1, 2], new Date(0), /re/, new Foo(),
  new Map(), Object.create(null), new Error('e'), new Uint8Array(2), new Proxy({}, {})]) {
  try { Reflect.apply(v, null, []); } catch (e) { console.log(e.message); }
}
