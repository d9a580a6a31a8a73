// Template literals: each substitution is converted with ToString in order, after it is
// evaluated and before the next one is; locals, objects with toString/valueOf, symbols.
const log = [];
const o = { toString() { log.push('toString'); return 'O'; }, valueOf() { log.push('valueOf'); return 1; } };
let n = 1;
console.log(`${n}${(n = 2, n)}${n}`, `${o}-${o}`, log.join(','));
const a = [1, 2];
console.log(`${a}`, `x${a}y`, `${a}${a}`, `${''}`, `${null}|${undefined}|${1n}|${-0}`);
function f(s, t) { return `a${t}b${s}`; }
try { f(Symbol('x'), 1); } catch (e) { console.log(e.constructor.name, e.message); }
const order = [];
const p = (v) => ({ toString() { order.push(v); return v; } });
console.log(`${p('1')}${(order.push('eval2'), p('2'))}`, order.join(','));
let s = 'start';
s = `${s}+more`;
console.log(s, `${s.length}`);
