// concat and join
const a = [1, 2];
console.log(a.concat(3, [4, 5], [[6]]), a);
console.log([].concat('str', null, undefined, { k: 1 }));
console.log(a.concat(), a.concat() === a);

// array-likes are not spread by concat, unless isConcatSpreadable
const arrayLike = { length: 2, 0: 'x', 1: 'y' };
console.log([0].concat(arrayLike).length);
arrayLike[Symbol.isConcatSpreadable] = true;
console.log([0].concat(arrayLike));
const notSpread = [9, 8];
notSpread[Symbol.isConcatSpreadable] = false;
console.log([0].concat(notSpread).length);

// holes are preserved
const holes = [1, , 3].concat([4, , 6]);
console.log(holes.length, 1 in holes, 4 in holes);

// join
console.log([1, 2, 3].join(), [1, 2, 3].join(''), [1, 2, 3].join(' - '), [].join(), [5].join('x'));
console.log([null, undefined, 1, , 'end'].join(','));
console.log([[1, 2], [3, [4, 5]]].join(';'));
console.log([true, {}, 1.5, -0].join('|'));
console.log(Array(4).join('ab'));
console.log([1, 2].join(undefined), [1, 2].join(null));

// cyclic arrays join as empty
const cyc = [1, 2];
cyc.push(cyc);
console.log(cyc.join('-'));

// toString uses join
console.log(String([1, [2, 3]]), [1, 2] + '');
const custom = [1, 2];
custom.join = () => 'custom join';
console.log(String(custom));
