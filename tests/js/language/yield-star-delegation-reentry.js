// yield* chains whose generators are also driven directly, delegates with their own next, chains consumed by spread, destructuring and Array.from, and a chain closed by break: the inline delegation must leave each generator as independent as the spec makes it.
function* inner() { let i = 0; while (true) { const v = yield 'inner' + i++; if (v === 'stop') return 'inner-done'; } }
function* mid(it) { const r = yield* it; yield 'mid after ' + r; return 'mid-done'; }
function* outer(m) { const r = yield* m; return 'outer got ' + r; }
const i = inner(), m = mid(i), o = outer(m);
console.log(JSON.stringify(o.next()));
console.log(JSON.stringify(m.next('x')));   // drive mid directly while outer waits on it
console.log(JSON.stringify(i.next('y')));   // and inner directly
console.log(JSON.stringify(o.next('z')));
console.log(JSON.stringify(i.next('stop')));
console.log(JSON.stringify(o.next()));
console.log(JSON.stringify(o.next()));
console.log(JSON.stringify(m.next()));
// a delegate resumed from inside the chain by its own code
let g1;
function* a() { yield 1; try { g1.next(); } catch (e) { console.log('a:', e.constructor.name); } yield 2; }
function* b() { yield* a(); }
g1 = b();
console.log([...g1]);
// generators of another realm... (vm) and a delegate whose next is replaced on the object
function* c() { yield 'c1'; yield 'c2'; }
const cc = c(); cc.next = function (v) { console.log('own next', v); return { value: 'own', done: true }; };
function* d() { return yield* cc; }
console.log(JSON.stringify(d().next('q')));
// spread, Array.from, destructuring over a chain
function* leaf(n) { for (let k = 0; k < n; k++) yield k; }
function* lvl(d, n) { if (d === 0) return yield* leaf(n); return yield* lvl(d - 1, n); }
const [p, q, ...rest] = lvl(5, 6); console.log(p, q, rest);
console.log(Array.from(lvl(3, 4), (x) => x * 10));
console.log(Math.max(...lvl(4, 5)));
// generator closed by break in for-of over a chain: return() runs every level's finally
function* fin(name, inner) { try { if (inner) yield* inner; else { yield 1; yield 2; } } finally { console.log('finally', name); } }
for (const x of fin('top', fin('mid', fin('leaf')))) { console.log('got', x); break; }
