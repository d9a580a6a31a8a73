// line breaking at the 72/80 column limits
console.log({ a1: 1, a2: 2, a3: 3, a4: 4, a5: 5, a6: 6, a7: 7, a8: 8, a9: 9, b1: 10, b2: 11 });
console.log({ k: 'a'.repeat(60) });
console.log({ k: 'a'.repeat(64) });
console.log({ k: 'a'.repeat(66) });
console.log({ k: 'a'.repeat(70) });
console.log({ one: 'aaaaaaaaaaaaaaaaaaaa', two: 'bbbbbbbbbbbbbbbbbbbb', three: 'cccccc' });
console.log({ one: 'aaaaaaaaaaaaaaaaaaaa', two: 'bbbbbbbbbbbbbbbbbbbb', three: 'ccccccc' });
console.log(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc', 'ddddddddd']);
console.log(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc', 'dddddddddddddd']);
console.log({ outer: { inner: 'i'.repeat(50), more: 1 } });
