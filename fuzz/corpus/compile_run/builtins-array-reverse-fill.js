// reverse, fill, at, flat and flatMap
const a = [1, 2, 3];
console.log(a.reverse(), a);
console.log([].reverse(), [1].reverse(), [1, , 3].reverse());

console.log(new Array(3).fill(0), [1, 2, 3, 4].fill('x', 1, 3), [1, 2, 3].fill(9, -1), [1, 2].fill());
const objFill = new Array(2).fill({});
objFill[0].shared = true;
console.log(objFill[1].shared);

// at
const b = ['a', 'b', 'c'];
console.log(b.at(0), b.at(-1), b.at(5), b.at(-4), b.at(1.5), b.at('1'));

// flat and flatMap
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(2), [1, [2, [3, [4]]]].flat(Infinity));
console.log([1, , [2, , 3]].flat());
console.log([1, 2, 3].flatMap(x => [x, x * 10]), ['a b', 'c'].flatMap(s => s.split(' ')));
console.log([1, 2].flatMap(x => [[x]]));

// reverse on array-likes
const al = { length: 3, 0: 'x', 2: 'z' };
Array.prototype.reverse.call(al);
console.log(al);
