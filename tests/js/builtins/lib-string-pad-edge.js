// padStart/padEnd with odd fill strings, non-integer lengths, coercion, and repeat error cases
console.log(JSON.stringify('ab'.padStart(5.9, 'xyz')), JSON.stringify('ab'.padEnd('6', 12)));
console.log(JSON.stringify('ab'.padStart(-1, 'x')), JSON.stringify('ab'.padStart(NaN, 'x')), JSON.stringify('ab'.padEnd(4, undefined)));
console.log(JSON.stringify('ab'.padEnd(4, null)), JSON.stringify('ab'.padStart(5, '😀')), 'ab'.padStart(5, '😀').length);
console.log(JSON.stringify('x'.padEnd(3, {toString() { return '-'; }})), JSON.stringify(String.prototype.padStart.call(7, 3, 0)));
console.log(JSON.stringify('ab'.repeat(0)), JSON.stringify(''.repeat(5)), 'ab'.repeat(2.9), 'ab'.repeat('3'), JSON.stringify('ab'.repeat(NaN)));
for (const n of [-1, Infinity, -Infinity]) {
  try { 'a'.repeat(n); console.log('no error', n); } catch (e) { console.log(n, e.name); }
}
try { ''.repeat(Infinity); console.log('empty ok'); } catch (e) { console.log('empty', e.name); }
try { 'a'.repeat(2 ** 40); } catch (e) { console.log('huge', e.name); }
