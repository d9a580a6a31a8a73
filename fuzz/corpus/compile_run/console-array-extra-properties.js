// arrays with non-index properties show them after the elements
const a = [1, 2];
a.extra = 'x';
console.log(a);
const b = [];
b.prop = 1;
console.log(b);
const c = [1, , 3];
c.key = true;
console.log(c);
const d = ['a'];
d[-1] = 'negative';
d['1.5'] = 'fraction';
console.log(d);
const s = Symbol('s');
const e = [1];
e[s] = 'sym';
console.log(e);
