// Array.isArray, Array.of, Array.from, Array constructor
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray('abc'), Array.isArray(Array.prototype), Array.isArray(new Array(3)));

console.log(Array.of(7), Array.of(1, 2, 3), Array.of(), Array.of(undefined));
console.log(Array(7).length, Array(1, 2), new Array('7'));
try { Array(1.5); } catch (e) { console.log('Array(1.5)', e.name); }

// Array.from with strings, array-likes, iterables, and mapping
console.log(Array.from('héllo'), Array.from('😀!'));
console.log(Array.from({ length: 3 }), Array.from({ length: 3, 0: 'a', 2: 'c' }));
console.log(Array.from({ length: 4 }, (_, i) => i * i));
console.log(Array.from([1, 2, 3], function (x) { return x * this.m; }, { m: 10 }));
console.log(Array.from({ length: '2', 0: 'x', 1: 'y' }), Array.from({}), Array.from(5));
const iterable = {
  [Symbol.iterator]() {
    let n = 0;
    return { next: () => (n < 3 ? { value: 'it' + n++, done: false } : { done: true }) };
  },
};
console.log(Array.from(iterable));
try { Array.from(null); } catch (e) { console.log('from(null)', e.name); }

// Array.from copies (shallow)
const src = [{ v: 1 }];
const copy = Array.from(src);
console.log(copy !== src, copy[0] === src[0]);

// Array.from on an array with holes fills them with undefined
const filled = Array.from([1, , 3]);
console.log(filled, 1 in filled);
