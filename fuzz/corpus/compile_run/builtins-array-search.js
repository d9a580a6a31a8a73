// indexOf, lastIndexOf, includes, find, findIndex, findLast, findLastIndex
const a = [1, 2, 3, 2, NaN, -0, '2'];
console.log(a.indexOf(2), a.indexOf('2'), a.indexOf(4), a.indexOf(2, 2), a.indexOf(2, -4), a.indexOf(NaN));
console.log(a.lastIndexOf(2), a.lastIndexOf(2, 2), a.lastIndexOf(2, -5), a.lastIndexOf(7));
console.log(a.includes(NaN), a.includes(0), a.includes(-0), a.includes('3'), a.includes(3, 3));
console.log(a.indexOf(0), a.indexOf(-0));

// holes: indexOf skips, includes sees undefined
const holes = [1, , 3];
console.log(holes.indexOf(undefined), holes.includes(undefined));

// find and findIndex receive value, index, array
const people = [{ name: 'a', age: 30 }, { name: 'b', age: 17 }, { name: 'c', age: 45 }];
console.log(people.find(p => p.age > 40).name, people.findIndex(p => p.age < 18), people.find(p => p.age > 100), people.findIndex(p => p.age > 100));
console.log(people.findLast(p => p.age > 20).name, people.findLastIndex(p => p.age > 20));
const seen = [];
[5, , 7].find((v, i, arr) => { seen.push(i + ':' + v + ':' + arr.length); return false; });
console.log(seen);

// thisArg
console.log([1, 2, 3].find(function (v) { return v === this.target; }, { target: 2 }));

// callback must be callable
try { [1].find(); } catch (e) { console.log('find without callback', e.name); }

// generic on array-likes
console.log(Array.prototype.indexOf.call({ length: 3, 0: 'a', 1: 'b', 2: 'c' }, 'c'));
console.log(Array.prototype.includes.call('abc', 'b'));
