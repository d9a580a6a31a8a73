// sort: default string order, comparators, stability, undefined and holes
console.log([10, 9, 1, 100, 25].sort());
console.log([10, 9, 1, 100, 25].sort((a, b) => a - b));
console.log([10, 9, 1, 100, 25].sort((a, b) => b - a));
console.log(['banana', 'apple', 'Cherry', 'apple2', ''].sort());
console.log([true, false, null, 'null', 'true'].sort());
console.log([-1, -2, 3, -10].sort());

// undefined values go to the end, holes after them
const withUndef = [3, undefined, 1, , 2];
const sorted = withUndef.sort();
console.log(sorted, sorted.length, 4 in sorted);
console.log([undefined, 3, undefined, 1].sort((a, b) => b - a));

// sort is in place and returns the same array
const arr = [3, 1, 2];
console.log(arr.sort() === arr, arr);

// stable sort
const items = [
  { k: 2, id: 'a' }, { k: 1, id: 'b' }, { k: 2, id: 'c' }, { k: 1, id: 'd' }, { k: 0, id: 'e' },
  { k: 2, id: 'f' }, { k: 1, id: 'g' }, { k: 0, id: 'h' }, { k: 2, id: 'i' }, { k: 1, id: 'j' },
  { k: 0, id: 'k' }, { k: 1, id: 'l' },
];
console.log(items.sort((x, y) => x.k - y.k).map(x => x.id).join(''));

// comparator returning booleans/non-numbers
console.log([3, 1, 2].sort((a, b) => (a > b ? 1 : a < b ? -1 : 0)));

// sorting strings by length then alphabetically
console.log(['ccc', 'a', 'bb', 'aa', 'b'].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)));

// comparator must be a function or undefined
try { [1, 2].sort('nope'); } catch (e) { console.log('bad comparator', e.name); }

// unicode code unit order
console.log(['é', 'z', 'a', 'Z', '😀', '\uFFFF'].sort().map(s => s.codePointAt(0).toString(16)));

// sorting array-likes
const al = { length: 3, 0: 'c', 1: 'a', 2: 'b' };
Array.prototype.sort.call(al);
console.log(al);

// large numeric sort
const big = [];
for (let i = 0; i < 200; i++) big.push((i * 7919) % 200);
big.sort((a, b) => a - b);
console.log(big.slice(0, 5), big.slice(-3), big.every((v, i) => i === 0 || big[i - 1] <= v));
