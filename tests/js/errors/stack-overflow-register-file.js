// Every way the register file grows is bounded: deep recursion, a huge argument list spread
// by apply or Reflect.apply, a deep yield* chain of generators, and frames with many
// registers each end in a RangeError the script can catch, and the engine runs on after.
function f(n) { return f(n + 1) + 1; }
try { f(0); } catch (e) { console.log('recursion', e instanceof RangeError, e.message); }
function g() { return arguments.length; }
try { console.log(g.apply(null, new Array(5e6))); } catch (e) { console.log('apply', e instanceof RangeError, e.message); }
try { console.log(Reflect.apply(g, null, new Array(3e6))); } catch (e) { console.log('reflect', e instanceof RangeError, e.message); }
try { console.log(g(...new Array(6e5))); } catch (e) { console.log('spread', e instanceof RangeError, e.message); }
// Node's limit is its stack (about 120 000 arguments); Spindle's is 500 000 (SpiderMonkey's).
console.log(Reflect.apply(g, null, new Array(1e5)));
function* gen(n) { if (n > 0) yield* gen(n - 1); yield n; }
let c = 0;
try { for (const x of gen(20000)) c++; console.log('gen', c); } catch (e) { console.log('gen', e instanceof RangeError, e.message); }
function many() { var a0, a1, a2, a3, a4, a5, a6, a7, a8, a9; return many(); }
try { many(); } catch (e) { console.log('many', e.message); }
console.log([1, 2, 3].map((x) => x * 2).join());
