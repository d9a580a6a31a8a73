// f.apply and Reflect.apply with an array-like whose element getters allocate: the elements
// read before a collection must survive it (CreateListFromArrayLike roots them as it goes).
function f(a, b, c) { return [a.v, b.v, c.v].join(','); }
const like = {
  length: 3,
  get 0() { return { v: 'x' + 1 }; },
  get 1() { const junk = []; for (let i = 0; i < 100; i++) junk.push({ i }); return { v: 'y' }; },
  get 2() { return { v: 'z'.repeat(2) }; },
};
for (let i = 0; i < 3; i++) console.log(f.apply(null, like), Reflect.apply(f, null, like), Reflect.construct(function (a, b, c) { this.s = f(a, b, c); }, like).s);
