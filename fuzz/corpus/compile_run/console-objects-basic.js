// plain object formatting
console.log({ a: 1, b: 'x' });
console.log({});
console.log({ nested: { inner: true } });
console.log({ n: null, u: undefined, b: false, z: -0, nan: NaN });
console.log({ arr: [1, 2, 3], obj: {} });
console.log({ 1: 'one', 2: 'two', x: 'ex' });
console.log({ 'a-b': 1, 'with space': 2, valid_id: 3, $dollar: 4, _under: 5, '0start': 6, 'ünïcode': 7 });
console.log({ '': 'empty key' });
console.log({ 'quote\'key': 1 });
console.log({ f: 1.5, e: 1e21, neg: -3 });
