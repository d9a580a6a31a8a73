// for-of over generators: values, yield* delegation (done/value read order), finally, break, throw, re-entry.
function* g() { try { yield 1; yield* [2, 3]; yield* inner(); return 9; } finally { console.log('fin'); } }
function* inner() { yield 4; const x = yield 5; console.log('x', x); }
for (const v of g()) console.log(v);
const it = g();
for (const v of it) { console.log('a', v); if (v === 2) break; }
console.log(it.next(), it.next());
function* thrower() { yield 1; throw new Error('boom'); }
try { for (const v of thrower()) console.log('t', v); } catch (e) { console.log('caught', e.message); }
const t2 = thrower(); try { for (const v of t2) {} } catch {} console.log(t2.next());
const lazy = { [Symbol.iterator]() { return { next() { return { get done() { console.log('done read'); return false; }, get value() { console.log('value read'); return 7; } }; } }; } };
function* deleg() { yield* lazy; }
let n = 0; for (const v of deleg()) { console.log('d', v); if (++n === 2) break; }
function* fin2() { try { yield 1; } finally { yield 'from finally'; } }
for (const v of fin2()) console.log('f', v);
const [a, b, ...c] = g(); console.log(a, b, c);
function* re() { for (const v of self) {} yield 1; } var self = re();
try { for (const v of self) {} } catch (e) { console.log(e.name, e.message); }
