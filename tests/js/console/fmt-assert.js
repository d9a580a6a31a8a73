// console.assert writes failures to stderr and prints nothing when the condition holds
console.assert(true, 'not printed');
console.assert(1 === 1);
console.assert(false, 'first failure');
console.assert(0, 'with object', { a: 1 });
console.assert(false);
console.assert(null, '%s formatted %d', 'is', 5);
console.assert('', { only: 'object' });
