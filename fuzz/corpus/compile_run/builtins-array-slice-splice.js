// slice (non-mutating) and splice (mutating), including negative and out-of-range indices
const a = ['a', 'b', 'c', 'd', 'e'];
console.log(a.slice(1, 3), a.slice(2), a.slice(-2), a.slice(1, -1), a.slice(-10, 2), a.slice(3, 1), a.slice());
console.log(a.slice(1.7, 3.2), a.slice('1', '2'), a.slice(NaN), a.slice(0, Infinity));
console.log(a);

// splice returns removed elements
const b = [1, 2, 3, 4, 5];
console.log(b.splice(1, 2), b);
console.log(b.splice(1, 0, 'x', 'y'), b);
console.log(b.splice(-1), b);
console.log(b.splice(1, 1, 'replaced'), b);
console.log(b.splice(0), b);

const c = [1, 2, 3];
console.log(c.splice(), c);
console.log(c.splice(undefined), c);
const d = [1, 2, 3, 4];
console.log(d.splice(2, undefined), d);
const e = [1, 2, 3];
console.log(e.splice(1, 100), e);
const f = [1, 2, 3];
console.log(f.splice(-2, 1, 'a', 'b', 'c'), f);

// slice on array-likes and strings
console.log(Array.prototype.slice.call({ length: 3, 0: 'x', 2: 'z' }));
console.log(Array.prototype.slice.call('hello', 1, 3));

// splice preserves holes in the removed part
const g = [1, , 3, 4];
const removed = g.splice(0, 2);
console.log(removed, 1 in removed);
