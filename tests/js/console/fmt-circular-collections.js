// cycles through Maps, Sets and arrays
const m = new Map();
m.set('me', m);
m.set('obj', { map: m });
console.log(m);
const s = new Set();
s.add(s);
s.add([s]);
console.log(s);
const o = { m: new Map() };
o.m.set(o, 'key is parent');
console.log(o);
const arr = [1];
arr.push(new Set([arr]));
console.log(arr);
