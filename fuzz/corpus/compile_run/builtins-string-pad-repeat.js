// padStart, padEnd, repeat
console.log('5'.padStart(3, '0'), 'abc'.padStart(6), '[' + 'abc'.padEnd(6) + ']', 'abc'.padEnd(8, '12'));
console.log('abc'.padStart(2), 'abc'.padStart(5, ''), 'abc'.padStart(7, 'xy'), 'x'.padEnd(4, 'ab'));
console.log('7'.padStart(3.9, '0'), 'q'.padStart(-1, 'z'), 'r'.padEnd('3', 0));

console.log('ab'.repeat(3), '[' + 'x'.repeat(0) + ']', ''.repeat(100).length, 'z'.repeat(2.9));
try { 'a'.repeat(-1); } catch (e) { console.log('repeat(-1)', e.name); }
try { 'a'.repeat(Infinity); } catch (e) { console.log('repeat(Infinity)', e.name); }
console.log('-'.repeat(20));

// table formatting
const rows = [['apple', 1.5], ['kiwi', 12], ['banana', 0.25]];
for (const [name, price] of rows) {
  console.log(name.padEnd(8, '.') + String(price).padStart(6));
}
