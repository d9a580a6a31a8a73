// Temporal.PlainDate until/since with largestUnit, smallestUnit, roundingIncrement and roundingMode
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const a = Temporal.PlainDate.from('2024-01-31');
const b = Temporal.PlainDate.from('2025-03-01');
console.log(a.until(b).toString());
for (const largestUnit of ['year', 'month', 'week', 'day']) {
  console.log(largestUnit, a.until(b, { largestUnit }).toString(), b.since(a, { largestUnit }).toString(),
    a.since(b, { largestUnit }).toString());
}
console.log(a.until(b, { largestUnit: 'year', smallestUnit: 'month' }).toString());
console.log(a.until(b, { largestUnit: 'year', smallestUnit: 'month', roundingMode: 'halfExpand' }).toString());
console.log(a.until(b, { smallestUnit: 'week', largestUnit: 'week' }).toString());
console.log(a.until(b, { smallestUnit: 'day', roundingIncrement: 10 }).toString());
console.log(a.until(b, { smallestUnit: 'day', roundingIncrement: 10, roundingMode: 'ceil' }).toString());
console.log(a.until(b, { smallestUnit: 'year', roundingMode: 'halfExpand' }).toString());
console.log(a.until(b, { largestUnit: 'month', smallestUnit: 'month', roundingIncrement: 3 }).toString());
// end-of-month differences
const pairs = [['2024-01-31', '2024-02-29'], ['2024-01-31', '2024-03-01'], ['2024-02-29', '2025-02-28'],
  ['2024-02-29', '2028-02-29'], ['2023-03-31', '2023-04-30'], ['2024-12-31', '2024-01-01']];
for (const [x, y] of pairs) {
  const d = Temporal.PlainDate.from(x).until(y, { largestUnit: 'year' });
  console.log(x, y, d.toString(), Temporal.PlainDate.from(x).until(y).days);
}
// age in years
const birthday = Temporal.PlainDate.from('1990-07-15');
for (const today of ['2024-07-14', '2024-07-15', '2024-12-01']) {
  console.log(today, birthday.until(today, { largestUnit: 'year' }).years);
}
try { a.until(b, { largestUnit: 'hour' }); } catch (e) { console.log(e.name); }
try { a.until(b, { largestUnit: 'day', smallestUnit: 'month' }); } catch (e) { console.log(e.name); }
