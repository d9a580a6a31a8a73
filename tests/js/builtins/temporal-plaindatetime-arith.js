// Temporal.PlainDateTime add/subtract/until/since: time overflow into days, month ends, largestUnit and rounding
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const dt = Temporal.PlainDateTime.from('2024-01-31T22:30');
console.log(dt.add({ hours: 2 }).toString());
console.log(dt.add({ months: 1, hours: 2 }).toString());
console.log(dt.add({ days: 29, minutes: 90 }).toString());
console.log(dt.subtract({ hours: 23, minutes: 1 }).toString());
console.log(dt.add({ nanoseconds: 1 }).toString());
console.log(dt.add('P1Y1M1DT1H1M1S').toString());
console.log(Temporal.PlainDateTime.from('2024-02-29T12:00').add({ years: 1 }).toString());
const a = Temporal.PlainDateTime.from('2024-03-09T08:00');
const b = Temporal.PlainDateTime.from('2024-04-10T07:30:15');
console.log(a.until(b).toString());
console.log(a.until(b, { largestUnit: 'month' }).toString());
console.log(a.until(b, { largestUnit: 'year' }).toString());
console.log(a.until(b, { largestUnit: 'week' }).toString());
console.log(a.until(b, { largestUnit: 'hour' }).toString());
console.log(a.until(b, { smallestUnit: 'hour' }).toString());
console.log(a.until(b, { smallestUnit: 'hour', roundingMode: 'halfExpand' }).toString());
console.log(a.until(b, { largestUnit: 'month', smallestUnit: 'day', roundingMode: 'halfExpand' }).toString());
console.log(a.until(b, { smallestUnit: 'minute', roundingIncrement: 15, roundingMode: 'ceil' }).toString());
console.log(b.since(a, { largestUnit: 'day', smallestUnit: 'second' }).toString());
console.log(a.since(b, { largestUnit: 'month' }).toString());
// shifts: a 9-hour shift every 2 days
let cur = Temporal.PlainDateTime.from('2024-02-27T21:00');
const shifts = [];
for (let i = 0; i < 4; i++) {
  const end = cur.add({ hours: 9 });
  shifts.push(`${cur.toString({ smallestUnit: 'minute' })}..${end.toPlainTime().toString({ smallestUnit: 'minute' })}`);
  cur = cur.add({ days: 2 });
}
console.log(shifts.join('\n'));
