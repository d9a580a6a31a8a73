// ZonedDateTime getTimeZoneTransition, startOfDay and hoursInDay, including DST days in several zones
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const ny = Temporal.ZonedDateTime.from('2024-06-01T12:00[America/New_York]');
console.log(ny.getTimeZoneTransition('next').toString());
console.log(ny.getTimeZoneTransition('previous').toString());
console.log(ny.getTimeZoneTransition({ direction: 'next' }).getTimeZoneTransition('next').toString());
const berlin = Temporal.ZonedDateTime.from('2024-01-15T00:00[Europe/Berlin]');
console.log(berlin.getTimeZoneTransition('next').toString(), berlin.getTimeZoneTransition('previous').toString());
console.log(Temporal.ZonedDateTime.from('2024-01-15T00:00[Asia/Tokyo]').getTimeZoneTransition('next'));
console.log(Temporal.ZonedDateTime.from('2024-01-15T00:00[UTC]').getTimeZoneTransition('previous'));
console.log(Temporal.ZonedDateTime.from('2024-01-15T00:00[+05:00]').getTimeZoneTransition('next'));
// a transition found from exactly its instant is the following one
const t = ny.getTimeZoneTransition('next');
console.log(t.getTimeZoneTransition('next').toString(), t.getTimeZoneTransition('previous').toString());
try { ny.getTimeZoneTransition(); } catch (e) { console.log(e.name); }
try { ny.getTimeZoneTransition('forward'); } catch (e) { console.log(e.name); }
const days = ['2024-03-09', '2024-03-10', '2024-03-11', '2024-11-03'];
for (const d of days) {
  const z = Temporal.ZonedDateTime.from(`${d}T15:00[America/New_York]`);
  console.log(d, z.hoursInDay, z.startOfDay().toString());
}
for (const [d, tz] of [['2024-03-31', 'Europe/Berlin'], ['2024-10-27', 'Europe/Berlin'], ['2024-10-06', 'Australia/Sydney'],
  ['2024-06-01', 'Asia/Tokyo'], ['2024-06-01', 'UTC'], ['2024-06-01', '-02:00']]) {
  const z = Temporal.PlainDate.from(d).toZonedDateTime(tz);
  console.log(d, tz, z.hoursInDay, z.startOfDay().toString());
}
// a day that starts at 01:00 because midnight was skipped (America/Santiago, 2024-09-08)
const santiago = Temporal.ZonedDateTime.from('2024-09-08T12:00[America/Santiago]');
console.log(santiago.startOfDay().toString(), santiago.hoursInDay);
// list the 2025 transitions of Europe/Berlin
let cur = Temporal.ZonedDateTime.from('2025-01-01T00:00[Europe/Berlin]');
const out = [];
for (let next = cur.getTimeZoneTransition('next'); next && next.year === 2025; next = next.getTimeZoneTransition('next')) out.push(next.toString());
console.log(out.join(' | '));
