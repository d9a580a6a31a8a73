// property enumeration order: integer keys ascending, then strings in insertion order, then symbols
const s1 = Symbol('s1');
const s2 = Symbol('s2');
const o = {};
o.b = 1;
o[s2] = 1;
o[10] = 1;
o.a = 1;
o[2] = 1;
o[s1] = 1;
o['1'] = 1;
o['-1'] = 1;
o['01'] = 1;
o['1.5'] = 1;
o[4294967294] = 1;
o[4294967295] = 1;
console.log(Object.keys(o).join(' '));
console.log(Object.getOwnPropertyNames(o).join(' '));
console.log(Object.getOwnPropertySymbols(o).map(String).join(' '));

const forIn = [];
for (const k in o) forIn.push(k);
console.log(forIn.join(' '));

// literal order
const lit = { z: 1, 3: 1, y: 1, 1: 1, x: 1 };
console.log(Object.keys(lit).join(' '));
console.log(Object.entries(lit).map(([k]) => k).join(' '));

// reassigning does not move a key, deleting and re-adding does
const r = { first: 1, second: 2, third: 3 };
r.first = 10;
delete r.second;
r.second = 20;
console.log(Object.keys(r).join(' '));

// arrays with extra properties
const arr = ['a', 'b'];
arr.extra = 1;
arr[5] = 'f';
console.log(Object.keys(arr).join(' '));

// key order after Object.assign
const assigned = Object.assign({}, { b: 1, 1: 1 }, { a: 1, 0: 1 });
console.log(Object.keys(assigned).join(' '));
