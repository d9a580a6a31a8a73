// ES2023 change-array-by-copy methods and at/findLast/findLastIndex, including holes and negative indices
const a = [3, 1, , 2];
const ts = a.toSorted();
console.log(ts, ts.length, 3 in ts, a);
console.log(a.toReversed(), 1 in a.toReversed(), a.toSpliced(1, 2, 'x', 'y', 'z'), a.toSpliced(), a.toSpliced(-1));
console.log(a.with(2, 'filled'), a.with(-1, 'last'), a);
try { a.with(4, 0); } catch (e) { console.log('with out of range', e.name); }
try { a.with(-5, 0); } catch (e) { console.log('with negative out of range', e.name); }
console.log([5, 1, 10].toSorted((x, y) => y - x), [undefined, 3, 1].toSorted());
try { [1].toSorted('nope'); } catch (e) { console.log('toSorted bad cmp', e.name); }
console.log(Array.prototype.toReversed.call({ length: 3, 0: 'a', 2: 'c' }), Array.prototype.with.call('abc', 1, 'B'));
console.log([1, 2, 3].at(-1), [1, 2, 3].at(3), [1, 2, 3].at(-4), [1, 2, 3].at(1.7), [1, 2, 3].at('-2'), [1, 2, 3].at(NaN));
const nums = [1, 2, 3, 4, 5, 6];
console.log(nums.findLast((n) => n % 2 === 1), nums.findLastIndex((n) => n % 2 === 1), nums.findLast((n) => n > 10), nums.findLastIndex((n) => n > 10));
const visited = [];
[1, , 3].findLast((v, i) => { visited.push(i + ':' + v); return false; });
console.log(visited.join(' '));
console.log(Array.prototype.findLastIndex.call({ length: 2, 0: 'a', 1: 'b' }, (v) => v === 'a'));
const big = { length: 2 ** 32 + 1 };
try { Array.prototype.toReversed.call(big); } catch (e) { console.log('toReversed huge', e.name); }
console.log(Array.prototype.toSorted.call({ length: 3, 0: 'c', 1: 'a', 2: 'b' }), Array.isArray([].toSpliced()));
class MyArr extends Array {}
console.log(new MyArr(1, 2).toReversed() instanceof MyArr, new MyArr(1, 2).map((x) => x) instanceof MyArr);
