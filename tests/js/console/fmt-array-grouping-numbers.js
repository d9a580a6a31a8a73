// arrays of numbers grouped into right-aligned columns
console.log(Array.from({ length: 30 }, (_, i) => i * i));
console.log(Array.from({ length: 40 }, (_, i) => (i % 2 ? -1 : 1) * i));
console.log(Array.from({ length: 16 }, (_, i) => i / 4));
console.log(Array.from({ length: 7 }, (_, i) => 10 ** i));
console.log(Array.from({ length: 50 }, (_, i) => i));
console.log([1, 'a', 2, 'bb', 3, 'ccc', 4, 'dddd', 5, 'eeeee']);
