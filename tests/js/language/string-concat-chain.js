// Chains of `+` with a string operand: operands after the first string are evaluated and
// converted (ToPrimitive without a hint, then ToString) in order and concatenated at once;
// the sum before the first string is a sum of its own (ECMA-262 §13.15.3).
const log = [];
const obj = (n, v) => ({ [Symbol.toPrimitive](h) { log.push(n + ':' + h); return v; } });
let x = 5, y = 'y';
console.log('a' + x + y, x + 'a' + y, 1 + 2 + 'a' + 3 + 4, 'a' + 1 + 2, x + y + 'z' + x);
console.log('p' + obj('o1', 7) + obj('o2', 'q'), log.join());
log.length = 0;
console.log(obj('first', 1) + obj('second', 2) + 'lit' + obj('third', 3), log.join());
log.length = 0;
console.log(obj('A', 'a') + 'lit' + obj('B', 'b'), log.join());
const d = new Date(0);
console.log(typeof ('x' + d + 'y'), ('' + d) === String(d));
console.log('' + null + undefined + true + 10n + -0 + [1, 2] + {});
try { 'a' + Symbol('s') + 'b'; } catch (e) { console.log(e.constructor.name, e.message); }
log.length = 0;
try { 'a' + obj('ok', 1) + Symbol('s') + obj('never', 2); } catch (e) { console.log(e.message, log.join()); }
let s = 'start';
s = s + '-' + s.length + '-' + (s = 'reassigned') + '-' + s;
console.log(s);
let t = 'q';
for (let i = 0; i < 50; i++) t = t + '' + i % 10 + '';
console.log(t.length, t.slice(-5));
const obj2 = { valueOf() { return 42; }, toString() { return 'str'; } };
console.log('v' + obj2 + 'w', `v${obj2}w`, obj2 + 'z' + obj2);
let parts = []; for (let i = 0; i < 80; i++) parts.push('"' + i + '"');
console.log(eval(parts.join(' + ')).length);
let n = 3; console.log(n + n + '' + n + n);
console.log(`t${1}` + x + 'e', x + `t${x}` + 'q' + x);
