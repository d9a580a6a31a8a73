// flat/flatMap depth and holes, fill and copyWithin with negative/out-of-range indices
const nested = [1, [2, [3, [4, [5]]]], , 6];
console.log(nested.flat(), nested.flat(2), nested.flat(Infinity), nested.flat(0), nested.flat(-1), nested.flat('2'));
console.log([[1, , 3], , [4]].flat(), [[]].flat(), [1, [2, , 4]].flat().length);
console.log([1, 2, 3].flatMap((x) => [x, x * 10]), [1, 2].flatMap((x) => [[x]]), ['a b', 'c'].flatMap((s) => s.split(' ')));
console.log([1, 2].flatMap((x) => x), [1, 2].flatMap(function (x) { return [x * this.m]; }, { m: 3 }));
console.log([1].flatMap(() => ({ length: 1, 0: 'array-like not spread' })));
try { [1].flatMap(); } catch (e) { console.log('flatMap no fn', e.name); }
console.log(Array(4).fill(0), [1, 2, 3, 4, 5].fill('x', 1, 3), [1, 2, 3, 4, 5].fill('x', -2), [1, 2, 3].fill('x', 5), [1, 2, 3].fill('x', 1, -5));
console.log([1, 2, 3].fill(), [1, 2, 3].fill('n', NaN, NaN), [1, 2, 3].fill('f', 0.9, 2.9));
const shared = [].concat(Array(3).fill({}));
console.log(shared[0] === shared[2]);
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0), [1, 2, 3, 4, 5].copyWithin(-2, 0, 2), [1, 2, 3, 4, 5].copyWithin(0, -3, -1));
console.log([1, , 3, 4].copyWithin(2, 0), 3 in [1, , 3, 4].copyWithin(2, 0));
console.log(Array.prototype.copyWithin.call({ length: 5, 3: 'moved' }, 0, 3), Array.prototype.fill.call({ length: 2 }, 'al'));
const ret = [1, 2]; console.log(ret.fill(0) === ret, ret.copyWithin(0, 1) === ret);
