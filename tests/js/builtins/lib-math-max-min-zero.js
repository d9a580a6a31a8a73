// Math.max/min: NaN propagation, -0 vs +0 ordering, coercion order with valueOf side effects, empty and spread args
const r = (x) => (Object.is(x, -0) ? '-0' : String(x));
console.log(r(Math.max(-0, 0)), r(Math.max(0, -0)), r(Math.min(-0, 0)), r(Math.min(0, -0)), r(Math.max(-0)), r(Math.min(-0, -0)));
console.log(Math.max(NaN, 1), Math.max(1, NaN), Math.min(NaN, -Infinity), Math.max(Infinity, NaN), Math.max(undefined), Math.max(null), Math.min(null, 1));
console.log(Math.max(), Math.min(), Math.max(...[]), Math.max(...[1, 5, 3]), Math.min.apply(null, [4, 2, 8]), Math.max('10', '9'), Math.max('a', 1));
const log = [];
const mk = (name, v) => ({ valueOf() { log.push(name); return v; } });
console.log(Math.max(mk('a', 1), mk('b', NaN), mk('c', 3)), log.join(''));
log.length = 0;
console.log(Math.min(mk('x', 5), mk('y', 2)), log.join(''));
try { Math.max(1, Symbol()); } catch (e) { console.log(e.name); }
log.length = 0;
try { Math.max(mk('p', 1), { valueOf() { throw new RangeError('mine'); } }, mk('q', 2)); } catch (e) { console.log(e.name, e.message, log.join('')); }
console.log(Math.max.length, Math.min.length, Math.hypot.length, Math.max.name, Object.prototype.toString.call(Math));
console.log(Math.max(-Infinity, -1e308), Math.min(Infinity, 1e308), Math.max([1], [2]), Math.max([1, 2]));
