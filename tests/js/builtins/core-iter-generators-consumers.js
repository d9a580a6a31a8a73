// Generators consumed by spread, Array.from, Map/Set, destructuring, Object.fromEntries, and return() on early exit
function* counter(n, log) {
  try { for (let i = 0; i < n; i++) yield i; } finally { log.push('finally'); }
}
let log = [];
console.log([...counter(3, log)], log);
log = [];
console.log(Array.from(counter(3, log), (x) => x * 2), log);
log = [];
const [first] = counter(10, log);
console.log(first, log);
log = [];
console.log([...new Set(counter(3, log))], log);
const g = counter(3, []);
console.log(g[Symbol.iterator]() === g, [...g], [...g]);
function* pairs() { yield ['k1', 'v1']; yield ['k2', 'v2']; }
console.log(new Map(pairs()).get('k2'), Object.fromEntries(pairs()));
function* inf() { let i = 0; while (true) yield i++; }
const [x0, , x2] = inf();
console.log(x0, x2);
function* delegating() { yield* [1, 2]; yield* 'ab'; const r = yield* inner(); yield r; }
function* inner() { yield 'inner'; return 'returned'; }
console.log([...delegating()]);
const gen = counter(5, log = []);
gen.next();
console.log(gen.return('early'), gen.next(), log);
const gen2 = counter(5, log = []);
console.log(gen2.return('before start'), log);
function* catcher() { try { yield 1; } catch (e) { yield 'caught ' + e; } }
const c = catcher(); c.next();
console.log(c.throw('boom'), c.next());
console.log(Math.max(...counter(4, [])), String.fromCharCode(...(function* () { yield 104; yield 105; })()));
