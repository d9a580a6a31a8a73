// Differences in months or years of the Chinese and Korean calendars over more than 10 000 years are a RangeError (temporal_rs counts them month by month: across the Temporal range that ran for minutes); shorter spans, day units and other calendars work
// Deviation: the spec computes these (no such limit); Spindle refuses them rather than run for minutes. Expected output written for Spindle (Node has no Temporal).
const far = [Temporal.PlainDate.from('-270000-01-01'), Temporal.PlainDate.from('+270000-01-01')];
for (const calendar of ['chinese', 'dangi', 'hebrew']) {
  const [a, b] = far.map((d) => d.withCalendar(calendar));
  for (const largestUnit of ['years', 'months', 'days']) {
    try {
      const d = a.until(b, { largestUnit });
      console.log(calendar, largestUnit, 'ok', d.sign);
    } catch (e) {
      console.log(calendar, largestUnit, e.name);
    }
  }
}
const near = Temporal.PlainDate.from('2000-02-05').withCalendar('chinese');
console.log(String(near.until(Temporal.PlainDate.from('2400-01-01').withCalendar('chinese'), { largestUnit: 'years' })));
const rel = far[0].withCalendar('chinese');
try {
  Temporal.Duration.from({ days: 190000000 }).total({ unit: 'months', relativeTo: rel });
} catch (e) {
  console.log('total relative to a chinese date:', e.name);
}
console.log('a short total:', Temporal.Duration.from({ years: 3 }).total({ unit: 'months', relativeTo: rel }));
