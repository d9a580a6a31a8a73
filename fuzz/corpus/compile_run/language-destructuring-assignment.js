// destructuring assignment expressions (not declarations)
let a, b, rest;
[a, b] = [1, 2];
console.log(a, b);

({ a, b } = { a: 'A', b: 'B' });
console.log(a, b);

// assignment targets can be member expressions
const obj = {};
const arr = [];
({ x: obj.first, y: arr[0] } = { x: 'to obj', y: 'to arr' });
[obj.second, arr[1]] = ['second', 'arr1'];
console.log(obj.first, obj.second, arr.join(','));

// the value of the expression is the right-hand side
const rhs = { a: 1 };
const result = ({ a } = rhs);
console.log(result === rhs);

// rest in assignment
[a, ...rest] = [1, 2, 3];
console.log(a, rest.join(','));
({ a, ...rest } = { a: 1, b: 2, c: 3 });
console.log(a, Object.keys(rest).join(','));

// swapping via destructuring
let x = 'x', y = 'y';
[x, y] = [y, x];
console.log(x, y);

// rotating array elements
const r = [1, 2, 3];
[r[0], r[1], r[2]] = [r[2], r[0], r[1]];
console.log(r.join(','));

// setters as targets
const target = { set v(val) { console.log('setter got', val); } };
[target.v] = ['via setter'];

// chained assignments
let c, d;
[c] = [d] = ['chained'];
console.log(c, d);

// default values in assignment patterns
let e, f;
({ e = 'default e', f = 'default f' } = { f: 'given' });
console.log(e, f);
