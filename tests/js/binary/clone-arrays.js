// structuredClone of arrays: holes, length, extra named properties, nested arrays
const a = [1, , 3];
a.length = 6;
a.name = 'extra';
const c = structuredClone(a);
console.log(c, c.length, 1 in c, 4 in c, c.name, Array.isArray(c));
console.log(structuredClone([]), structuredClone([[[]]]), structuredClone(new Array(3)));
const mixed = ['s', 2, 3n, true, null, undefined, { o: 1 }, [2]];
console.log(structuredClone(mixed));
const big = [];
big[1000] = 'last';
const bc = structuredClone(big);
console.log(bc.length, Object.keys(bc));
const sparse = [];
sparse[2] = 'c';
sparse[0] = 'a';
console.log(Object.keys(structuredClone(sparse)));
