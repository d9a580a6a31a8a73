function* count() { let i = 0; while (true) { const x = yield i++; if (x) i = x; } }
const c = count();
console.log(c.next(), c.next(), c.next(32), c.next());
function* fin() { try { yield 1; yield 2; } finally { console.log('cleanup'); yield 'f'; } }
const f = fin(); console.log(f.next(), f.return(9), f.next(), f.next());
const t = fin(); t.next(); try { t.throw(new Error('boom')); } catch (e) { console.log('caught', e.message); }
function* inner() { const a = yield 'a'; console.log('inner got', a); return 'r'; }
function* outer() { const r = yield* inner(); console.log('outer got', r); yield* [1, 2]; yield* 'hi'; }
console.log([...outer()]);
const o = outer(); console.log(o.next(), o.next('X'), o.next(), o.return(5), o.next());
for (const x of count()) { if (x > 3) break; console.log(x); }
const [p, q, ...rest] = (function* () { yield 1; yield 2; yield 3; yield 4; })();
console.log(p, q, rest);
console.log(Object.prototype.toString.call(count()), typeof count, count.prototype, Object.getPrototypeOf(count));
const GF = Object.getPrototypeOf(function* () {}).constructor;
const g = new GF('a', 'yield a; yield a * 2');
console.log([...g(21)], GF.name, String(g));
function* s() { yield this; } console.log(s.call(7).next().value);
const running = (function* r() { running.next(); yield 1; })();
try { running.next(); } catch (e) { console.log(e.constructor.name, e.message); }
class K { *[Symbol.iterator]() { yield 'k1'; yield 'k2'; } static *st() { yield 's'; } #p = 1; *#priv() { yield this.#p; } run() { return [...this.#priv()]; } }
console.log([...new K()], [...K.st()], new K().run());
const obj = { *m(a, b = 2) { yield a + b; } }; console.log([...obj.m(1)], obj.m.length);
function* args() { yield arguments.length; yield arguments[1]; } console.log([...args(5, 6, 7)]);
