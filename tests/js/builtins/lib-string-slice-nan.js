// slice/substring/substr with NaN, undefined, Infinity, fractional and string arguments
const s = 'abcdef';
const args = [[NaN], [NaN, NaN], [undefined, 3], [2, undefined], [-Infinity, Infinity], [1.8, 3.9], ['2', '4'], [-2.5], [4, 1], [-3, -1], [null, 2], [true, 3]];
for (const a of args) {
  console.log(JSON.stringify(a), JSON.stringify([s.slice(...a), s.substring(...a), s.substr(...a)]));
}
console.log(JSON.stringify([s.substr(-100, 2), s.substr(2, -1), s.substr(2, Infinity), s.substr(10), s.substring(10, -10)]));
console.log(JSON.stringify([String.prototype.slice.call(12345, 1, -1), String.prototype.substring.call(null === null, 1)]));
