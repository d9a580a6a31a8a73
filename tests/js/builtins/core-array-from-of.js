// Array.from/of: iterator precedence over length, mapFn args, iterator closing on throw, custom constructors
const both = { length: 2, 0: 'len0', 1: 'len1', *[Symbol.iterator]() { yield 'iter'; } };
console.log(Array.from(both));
console.log(Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 'a']])), Array.from('a😀b'));
const calls = [];
Array.from({ length: 2, 0: 'x', 1: 'y' }, function (v, i) { calls.push([v, i, arguments.length]); });
console.log(JSON.stringify(calls));
function* gen() { yield 1; yield 2; yield 3; }
console.log(Array.from(gen(), (x) => x * x));
let closed = false;
const it = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return() { closed = true; return {}; } }; } };
try { Array.from(it, () => { throw new SyntaxError('boom'); }); } catch (e) { console.log(e.name, closed); }
try { Array.from([1], 'notfn'); } catch (e) { console.log('bad mapFn', e.name); }
try { Array.from({ [Symbol.iterator]: 1 }); } catch (e) { console.log('bad iterator', e.name); }
function Custom(n) { this.made = n; }
const c = Array.from.call(Custom, { length: 2, 0: 'a', 1: 'b' });
console.log(c instanceof Custom, c.made, c.length, c[0]);
const ci = Array.from.call(Custom, ['p', 'q']);
console.log(ci instanceof Custom, ci.made, ci.length, ci[1]);
const co = Array.of.call(Custom, 'x', 'y');
console.log(co instanceof Custom, co.made, co.length);
console.log(Array.from.call(null, [1]), Array.of.call(undefined, 2), Array.of(3).length, Array.of(3, 4).length);
class Sub extends Array {}
console.log(Sub.from([1]) instanceof Sub, Sub.of(1) instanceof Sub, Sub.of(7).length);
console.log(Array.from({ length: -3 }), Array.from({ length: 'x' }), Array.from({ length: 2.5 }).length);
