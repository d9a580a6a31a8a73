// map, filter, reduce, reduceRight, forEach, some, every
const nums = [1, 2, 3, 4];
console.log(nums.map((n, i) => n * i), nums.filter(n => n % 2), nums.reduce((a, b) => a + b), nums.reduce((a, b) => a + b, 10));
console.log(nums.reduceRight((acc, n) => acc + n, ''), nums.reduce((acc, n) => acc.concat([n * 2]), []));

// reduce on empty array
try { [].reduce((a, b) => a + b); } catch (e) { console.log('reduce empty', e.name); }
console.log([].reduce((a, b) => a + b, 'init'), [5].reduce((a, b) => a + b));

// forEach returns undefined and visits with index and array
const visits = [];
const ret = ['x', 'y'].forEach((v, i, arr) => visits.push(v + i + arr.length));
console.log(ret, visits);

// some/every short-circuit
const checked = [];
console.log(nums.some(n => { checked.push(n); return n > 1; }), checked);
checked.length = 0;
console.log(nums.every(n => { checked.push(n); return n < 2; }), checked);
console.log([].some(() => true), [].every(() => false));

// holes are skipped
const holes = [1, , 3];
let count = 0;
holes.forEach(() => count++);
console.log(count, holes.map(x => x * 10), holes.filter(() => true), holes.reduce((a, b) => a + b));

// elements appended during iteration are not visited, deleted ones are skipped
const growing = [1, 2, 3];
const visited = [];
growing.forEach((v, i) => { if (i === 0) { growing.push(99); delete growing[2]; } visited.push(v); });
console.log(visited, growing.length);

// thisArg
const ctx = { factor: 3 };
console.log([1, 2].map(function (n) { return n * this.factor; }, ctx));

// chaining
const result = [5, 3, 8, 1, 9, 2]
  .filter(n => n > 2)
  .map(n => n * 2)
  .reduce((acc, n) => acc + n, 0);
console.log(result);

// map preserves holes and length
const mapped = [, 1].map(x => x);
console.log(mapped.length, 0 in mapped);

// callbacks must be callable
try { [1].map(null); } catch (e) { console.log('map(null)', e.name); }
