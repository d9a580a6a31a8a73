// a small app: recurring meetings in New York listed in Berlin and Tokyo, across both DST changes, with durations between them
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const first = Temporal.ZonedDateTime.from('2024-03-04T09:30[America/New_York]');
const meetings = [];
for (let i = 0; i < 5; i++) meetings.push(first.add({ weeks: i }));
const fmt = (z) => z.toPlainDateTime().toString({ smallestUnit: 'minute' }) + ' ' + z.offset;
for (const m of meetings) {
  console.log(fmt(m), '|', fmt(m.withTimeZone('Europe/Berlin')), '|', fmt(m.withTimeZone('Asia/Tokyo')));
}
for (let i = 1; i < meetings.length; i++) {
  const gap = meetings[i - 1].until(meetings[i], { largestUnit: 'hour' });
  if (gap.hours !== 168) console.log('gap', i, gap.toString(), meetings[i - 1].until(meetings[i], { largestUnit: 'day' }).toString());
}
// the monthly meeting on the last day of each month at 17:00 Berlin time
let month = Temporal.PlainYearMonth.from('2024-01');
const lasts = [];
for (let i = 0; i < 12; i++, month = month.add({ months: 1 })) {
  const z = month.toPlainDate({ day: month.daysInMonth }).toZonedDateTime({ timeZone: 'Europe/Berlin', plainTime: '17:00' });
  lasts.push(z.day + '/' + z.withTimeZone('UTC').hour);
}
console.log(lasts.join(' '));
// business days between two dates
function businessDays(start, end) {
  let n = 0;
  for (let d = Temporal.PlainDate.from(start); Temporal.PlainDate.compare(d, end) < 0; d = d.add({ days: 1 })) if (d.dayOfWeek <= 5) n++;
  return n;
}
console.log(businessDays('2024-02-01', '2024-03-01'), businessDays('2024-12-23', '2025-01-06'));
// countdown in days, hours and minutes
const from = Temporal.ZonedDateTime.from('2024-10-26T18:00[Europe/Berlin]');
const to = Temporal.ZonedDateTime.from('2024-10-28T09:15[Europe/Berlin]');
console.log(from.until(to, { largestUnit: 'day' }).toString(), from.until(to, { largestUnit: 'hour' }).toString(), from.until(to).total('minute'));
// the next Friday the 13th from a date
let d = Temporal.PlainDate.from('2024-10-01');
const found = [];
while (found.length < 3) { if (d.day === 13 && d.dayOfWeek === 5) found.push(d.toString()); d = d.add({ days: 1 }); }
console.log(found.join(' '));
