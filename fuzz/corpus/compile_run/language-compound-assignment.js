// compound assignment operators and evaluation order of the target
let x = 10;
x += 5; console.log(x);
x -= 3; console.log(x);
x *= 2; console.log(x);
x /= 4; console.log(x);
x %= 4; console.log(x);
x **= 3; console.log(x);
let s = 'a';
s += 1; s += null; s += [2, 3];
console.log(s);

// the target reference is evaluated once, before the right-hand side
const log = [];
const obj = { n: 1 };
const getObj = () => { log.push('obj'); return obj; };
const key = () => { log.push('key'); return 'n'; };
const val = () => { log.push('val'); return 10; };
getObj()[key()] += val();
console.log(obj.n, log.join(','));

// the old value is read before the right side runs
let y = 1;
y += (y = 100, 5);
console.log(y);

// array element compound
const arr = [1, 2, 3];
let i = 0;
arr[i++] *= 10;
console.log(arr.join(','), i);

// getter/setter called once each
let gets = 0, sets = 0;
const acc = { get v() { gets++; return 2; }, set v(nv) { sets++; this.last = nv; } };
acc.v += 3;
console.log(acc.last, gets, sets);

// assignment returns the assigned value and is right-associative
let p, q, r;
p = q = r = 'chain';
console.log(p, q, r);
const result = (x = 7);
console.log(result);

// assigning to undeclared in sloppy mode creates a global
function sloppyCreate() { createdGlobal = 'yes'; }
sloppyCreate();
console.log(globalThis.createdGlobal);
delete globalThis.createdGlobal;

// strict mode: ReferenceError
function strictCreate() { 'use strict'; notDeclared = 1; }
try { strictCreate(); } catch (e) { console.log(e.name); }
