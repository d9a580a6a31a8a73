// duplicate keys in object literals: last value wins but position stays first
const o = { a: 1, b: 2, a: 3 };
console.log(o.a, Object.keys(o).join(','));

const computed = { x: 'first', ['x']: 'computed', y: 1 };
console.log(computed.x, Object.keys(computed).join(','));

// duplicate in strict mode is allowed
function strict() {
  'use strict';
  const s = { k: 1, k: 2 };
  return s.k;
}
console.log(strict());

// evaluation of both values still happens
const log = [];
const side = { p: log.push('first'), p: log.push('second') };
console.log(side.p, log.join(','));

// getter then data then getter
const mix = { get m() { return 'g1'; }, m: 'data', get m() { return 'g2'; } };
console.log(mix.m);

// numeric key duplicates with different spellings
const nums = { 1: 'a', '1': 'b', 1.0: 'c' };
console.log(nums[1], Object.keys(nums).length);
