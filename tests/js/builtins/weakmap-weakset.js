// WeakMap and WeakSet: keys that can be held weakly, ephemeron chains, many dead keys, console.log.
const k1 = {}, k2 = {}; const wm = new WeakMap([[k1, 'one']]); wm.set(k2, { two: 2 });
console.log(wm.get(k1), wm.has(k2), wm.delete(k2), wm.has(k2), wm.get({}), wm);
const ws = new WeakSet([k1]); console.log(ws.has(k1), ws.has(k2), ws.add(k2) === ws, ws);
try { wm.set(1, 1); } catch (e) { console.log(e.name); }
try { ws.add(Symbol.for('reg')); } catch (e) { console.log(e.name); }
const sym = Symbol('local'); wm.set(sym, 's'); console.log(wm.get(sym));
// Ephemerons: chains of keys kept alive only through other entries.
let chain = new WeakMap(); let head = {}; let cur = head;
for (let i = 0; i < 300; i++) { const next = {}; chain.set(cur, { next, i }); cur = next; }
let n = 0; for (let c = head; chain.has(c); c = chain.get(c).next) n++; console.log(n);
for (let i = 0; i < 2000; i++) wm.set({}, new Array(10).fill(i));
console.log(wm.get(k1), Object.prototype.toString.call(wm));
