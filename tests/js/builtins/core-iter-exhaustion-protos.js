// Iterators stay done after exhaustion, live array/map iteration, iterator prototype chain and toStringTag
const m = new Map([[1, 1]]); const it = m.keys(); console.log(it.next(), it.next()); m.set(2, 2); console.log(it.next());
const s = new Set([1]); const si = s.values(); si.next(); si.next(); s.add(3); console.log(si.next());
const a = [1]; const ai = a.values(); ai.next(); ai.next(); a.push(2); console.log(ai.next());
const a2 = [1]; const ai2 = a2.values(); ai2.next(); a2.push(2); console.log(ai2.next());
const ArrIterProto = Object.getPrototypeOf([].values());
console.log(Object.getOwnPropertyNames(ArrIterProto), ArrIterProto[Symbol.toStringTag]);
try { ArrIterProto.next.call(new Map().keys()); } catch (e) { console.log(e.name); }
try { ArrIterProto.next.call({}); } catch (e) { console.log(e.name); }
const IterProto = Object.getPrototypeOf(ArrIterProto);
console.log(IterProto[Symbol.iterator].call(5), typeof IterProto[Symbol.iterator].name, IterProto[Symbol.iterator].name);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(new Map().entries())) === IterProto);
console.log(Object.getPrototypeOf(function*(){}.prototype) === Object.getPrototypeOf(function*(){}).prototype);
const gp = Object.getPrototypeOf(function*(){});
console.log(Object.getPrototypeOf(gp.prototype) === IterProto, gp.prototype[Symbol.toStringTag], gp[Symbol.toStringTag]);
const arr = [1, 2, 3]; const ent = arr.entries(); arr.length = 1; console.log([...ent]);
const ta = {length: 2, 0: 'a', 1: 'b'}; console.log([...Array.prototype.values.call(ta)]);
const strIt = 'a😀'[Symbol.iterator](); console.log(strIt.next(), strIt.next(), strIt.next(), Object.prototype.toString.call(strIt));
function f() { return [...arguments]; } console.log(f(1, 2), (function () { return arguments[Symbol.iterator] === Array.prototype.values; })());
const map2 = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const out = []; for (const [k] of map2) { out.push(k); map2.delete(k); if (k < 3) map2.set(k + 10, 'n'); } console.log(out, [...map2.keys()]);
