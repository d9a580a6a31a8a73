// ZonedDateTime around America/New_York DST transitions: add hours vs days, disambiguation, the offset option
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const spring = Temporal.ZonedDateTime.from('2024-03-10T01:30[America/New_York]');
console.log(spring.toString(), spring.hoursInDay);
console.log(spring.add({ hours: 1 }).toString());
console.log(spring.add({ minutes: 30 }).toString());
console.log(spring.add({ days: 1 }).toString());
console.log(spring.subtract({ days: 1 }).add({ hours: 24 }).toString());
const dayBefore = Temporal.ZonedDateTime.from('2024-03-09T12:00[America/New_York]');
console.log(dayBefore.add({ days: 1 }).toString(), dayBefore.add({ hours: 24 }).toString());
// the skipped hour 02:30 on 2024-03-10
for (const disambiguation of ['compatible', 'earlier', 'later', 'reject']) {
  try {
    console.log(disambiguation, Temporal.ZonedDateTime.from('2024-03-10T02:30[America/New_York]', { disambiguation }).toString());
  } catch (e) { console.log(disambiguation, e.name); }
}
// the repeated hour 01:30 on 2024-11-03
for (const disambiguation of ['compatible', 'earlier', 'later', 'reject']) {
  try {
    console.log(disambiguation, Temporal.ZonedDateTime.from({ timeZone: 'America/New_York', year: 2024, month: 11, day: 3, hour: 1, minute: 30 }, { disambiguation }).toString());
  } catch (e) { console.log(disambiguation, e.name); }
}
const fall = Temporal.ZonedDateTime.from('2024-11-03T00:30[America/New_York]');
console.log(fall.add({ hours: 1 }).toString(), fall.add({ hours: 2 }).toString(), fall.add({ days: 1 }).toString());
console.log(fall.hoursInDay, fall.add({ hours: 1 }).offset, fall.add({ hours: 2 }).offset);
// the offset option for a string with an offset
const later = '2024-11-03T01:30-05:00[America/New_York]';
console.log(Temporal.ZonedDateTime.from(later).toString());
for (const offset of ['use', 'ignore', 'prefer', 'reject']) {
  try { console.log(offset, Temporal.ZonedDateTime.from('2024-07-01T12:00-05:00[America/New_York]', { offset }).toString()); }
  catch (e) { console.log(offset, e.name); }
}
// with() keeps the offset when it is still valid
const repeated = Temporal.ZonedDateTime.from(later);
console.log(repeated.with({ minute: 45 }).toString(), repeated.with({ minute: 45 }, { offset: 'ignore' }).toString());
// wall-clock difference across the spring-forward night
console.log(dayBefore.until(dayBefore.add({ days: 1 })).toString(), dayBefore.until(dayBefore.add({ days: 1 }), { largestUnit: 'day' }).toString());
