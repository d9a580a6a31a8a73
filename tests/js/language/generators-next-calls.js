// Explicit next(v) calls from bytecode: values in and out, return, throw, yield* identity.
function* acc() { let t = 0; while (true) { const v = yield t; if (v === 'stop') return t; t += v; } }
const a = acc(); console.log(a.next(), a.next(1), a.next(2), a.next('stop'), a.next(5));
const innerResult = { value: 'raw', done: false };
const custom = { [Symbol.iterator]() { return { next() { return innerResult; } }; } };
function* del() { yield* custom; }
const d = del(); const r1 = d.next(); console.log(r1 === innerResult, r1);
function* thrower() { yield 1; throw new Error('from gen'); }
const t = thrower(); t.next(); try { t.next(); } catch (e) { console.log('caught', e.message); } console.log(t.next());
function* a2() { const x = yield 'a'; console.log('a2 got', x); return 'done-a2'; }
function* driver() { const g = a2(); const first = g.next(); const second = g.next(first.value + '!'); yield [first, second]; }
console.log(driver().next().value);
function* self() { try { me.next(); } catch (e) { yield e.constructor.name; } } const me = self(); console.log(me.next());
function* fin() { try { yield 1; return 2; } finally { console.log('finally runs'); } }
const f = fin(); console.log(f.next(), f.next(), f.next());
const g3 = acc(); const next = g3.next; console.log(next.call(g3), next.call(g3, 4), Reflect.apply(next, g3, [6]));
class Weird { next() { return 'not a generator'; } } const w = new Weird(); console.log(w.next());
try { acc.prototype.next.call({}); } catch (e) { console.log(e.name); }
function* many() { for (let i = 0; i < 5; i++) yield i; } const m = many(); const out = []; let s; while (!(s = m.next()).done) out.push(s.value); console.log(out, s);
