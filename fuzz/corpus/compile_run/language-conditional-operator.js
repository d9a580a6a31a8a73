// conditional (ternary) operator: precedence, associativity and laziness
const grade = (n) => n >= 90 ? 'A' : n >= 80 ? 'B' : n >= 70 ? 'C' : 'F';
console.log(grade(95), grade(85), grade(75), grade(10));

let evaluated = [];
const t = (v) => { evaluated.push(v); return v; };
console.log(true ? t('yes') : t('no'), evaluated.join(','));

// truthiness of the condition
const truthy = [1, 'a', [], {}, -1, Infinity, ' '];
const falsy = [0, -0, '', null, undefined, NaN, false];
console.log(truthy.map(v => v ? 'T' : 'F').join(''), falsy.map(v => v ? 'T' : 'F').join(''));

// assignment in branches
let x;
true ? x = 'assigned' : x = 'other';
console.log(x);

// precedence relative to || and assignment
const val = null || 0 ? 'cond true' : 'cond false';
console.log(val);
const nested = false ? 1 : true ? 2 : 3;
console.log(nested);

// conditional result can be a function to call
const fn = (Math.random() >= 0 ? (a) => 'first ' + a : (a) => 'second ' + a)('call');
console.log(fn);

// objects and arrays in branches
const res = 1 > 0 ? { kind: 'object' } : ['array'];
console.log(res.kind);
