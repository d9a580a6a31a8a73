// Generator edge cases: deep yield* (RangeError), re-entry from a getter, return through a throwing finally, many suspended generators, super, mapped arguments, yield positions.
// deep yield* chain (how deep a chain fits is the implementation's: Node 20 overflows at 5000
// levels, Spindle, whose delegates run in one interpreter loop, at its 10 000-frame limit)
function* chain(d) { if (d === 0) { yield 'leaf'; return; } yield* chain(d - 1); }
try { console.log([...chain(20000)].length); } catch (e) { console.log(e.name, e.message); }
try { for (const v of chain(100000)) {} console.log('deep ok'); } catch (e) { console.log(e.name, e.message); }
// generator resuming itself via getter in yield* inner result
let self2;
function* outer() { yield* { [Symbol.iterator]() { return { next() { return { get done() { try { self2.next(); } catch (e) { console.log('reenter', e.name); } return false; }, value: 1 }; } }; } }; }
self2 = outer(); self2.next();
for (const v of outer()) { break; }
// return during yield* whose inner return throws
function* inner() { try { yield 1; } finally { throw new Error('inner finally'); } }
function* del() { try { yield* inner(); } finally { console.log('outer finally'); } }
const d = del(); d.next(); try { d.return(5); } catch (e) { console.log('caught', e.message); } console.log(d.next());
// many suspended generators + gc
const gens = []; for (let i = 0; i < 2000; i++) { const g = (function* (x) { const big = [x, x + 1]; yield big; yield x; })(i); g.next(); gens.push(g); }
let s = 0; for (const g of gens) s += g.next().value; console.log(s);
// throw into generator not started / completed, wrong receivers
const G = function* () {}.constructor; try { G.prototype.prototype.next.call({}); } catch (e) { console.log(e.name); }
try { (function* () {})().throw(new Error('x')); } catch (e) { console.log('start throw', e.message); }
// generator as method with super
class A { m() { return 'A'; } } class B extends A { *g() { yield super.m(); } } console.log([...new B().g()]);
// arguments mapped in sloppy generator
function* ga(a) { arguments[0] = 9; yield a; a = 3; yield arguments[0]; } console.log([...ga(1)]);
// yield in various expression positions
function* pos() { const o = { [yield 'k']: yield 'v', ...(yield 'spread') }; yield o; yield `${yield 't'}!`; }
const p = pos(); console.log(p.next().value, p.next('K').value, p.next('V').value, p.next({ z: 1 }).value, p.next().value, p.next('T').value);
