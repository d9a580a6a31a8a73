// destructuring strings (code points), array holes, and computed property names in patterns
const [a, b, c] = 'abc';
console.log(a, b, c);

// string destructuring iterates by code point
const [emoji, after] = '😀x';
console.log(emoji.length, after);

// object pattern on strings reads indexes and length
const { 0: firstChar, length } = 'xyz';
console.log(firstChar, length);

// holes in pattern skip elements
const [, second, , fourth] = [1, 2, 3, 4];
console.log(second, fourth);

// holes in the source are undefined (and get defaults)
const [h1 = 'default for hole', h2] = [, 'present'];
console.log(h1, h2);

// computed keys in patterns
const prop = 'dyn';
const { [prop]: dynValue, [`${prop}2`]: dyn2 = 'none' } = { dyn: 'dynamic' };
console.log(dynValue, dyn2);

// computed keys evaluated in order, interleaved with value reads
const log = [];
const src = {
  get k1() { log.push('get k1'); return 1; },
  get k2() { log.push('get k2'); return 2; },
};
const key = (k) => { log.push('key ' + k); return k; };
const { [key('k1')]: v1, [key('k2')]: v2 } = src;
console.log(v1, v2, log.join(', '));

// numeric keys in patterns
const { 0: zero, 1: one } = ['zero', 'one'];
console.log(zero, one);

// symbol keys in patterns
const sym = Symbol('sym');
const { [sym]: symValue } = { [sym]: 'symbol value' };
console.log(symValue);
