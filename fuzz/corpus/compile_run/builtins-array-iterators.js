// array iterators: keys, values, entries, and iterator objects
const arr = ['a', , 'c'];
console.log([...arr.keys()], [...arr.values()], [...arr.entries()]);
const it = arr.entries();
console.log(Object.prototype.toString.call(it), typeof it.next, it[Symbol.iterator]() === it);
console.log(it.next(), it.next(), it.next(), it.next(), it.next());

// iterators are live: they see changes to the array
const live = [1, 2];
const li = live.values();
li.next();
live.push(3);
console.log(li.next().value, li.next().value, li.next().done);

// once exhausted they stay exhausted
live.push(4);
console.log(li.next().done);

// array iterator on array-likes via call
const al = { length: 2, 0: 'x', 1: 'y' };
console.log([...Array.prototype.keys.call(al)], Array.from(Array.prototype.values.call(al)));

// string iterator
const si = 'hi'[Symbol.iterator]();
console.log(Object.prototype.toString.call(si), si.next(), si.next(), si.next());
