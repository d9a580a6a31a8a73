// console.assert with a non-string first message: Node 20 stringifies it into the prefix
console.assert(false, { only: 'object' });
console.assert(false, [1, 2], 'more');
console.assert(0, 42);
