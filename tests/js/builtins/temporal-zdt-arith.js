// ZonedDateTime add/subtract/until/since/round with calendar and exact units, across DST and month ends
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const z = Temporal.ZonedDateTime.from('2024-01-31T10:00[Europe/Berlin]');
console.log(z.add({ months: 1 }).toString(), z.add({ months: 2 }).toString());
console.log(z.add({ months: 2, hours: 1 }).toString());
const a = Temporal.ZonedDateTime.from('2024-03-30T12:00[Europe/Berlin]');
const b = Temporal.ZonedDateTime.from('2024-04-01T12:00[Europe/Berlin]');
console.log(a.until(b).toString(), a.until(b, { largestUnit: 'day' }).toString());
console.log(a.until(b, { largestUnit: 'minute' }).toString());
console.log(b.since(a, { largestUnit: 'day', smallestUnit: 'hour' }).toString());
console.log(a.until(b.add({ hours: 5, minutes: 20 }), { largestUnit: 'day', smallestUnit: 'minute', roundingIncrement: 30 }).toString());
const m1 = Temporal.ZonedDateTime.from('2024-01-15T00:00[America/New_York]');
const m2 = Temporal.ZonedDateTime.from('2025-04-20T13:45[America/New_York]');
console.log(m1.until(m2, { largestUnit: 'year' }).toString());
console.log(m1.until(m2, { largestUnit: 'month', smallestUnit: 'day' }).toString());
console.log(m1.until(m2, { largestUnit: 'year', smallestUnit: 'month', roundingMode: 'halfExpand' }).toString());
try { m1.until(m2.withTimeZone('UTC'), { largestUnit: 'day' }); } catch (e) { console.log(e.name); }
console.log(m1.until(m2.withTimeZone('UTC'), { largestUnit: 'hour' }).toString());
// round
const r = Temporal.ZonedDateTime.from('2024-03-10T13:31:29.5[America/New_York]');
console.log(r.round('hour').toString(), r.round({ smallestUnit: 'minute' }).toString());
console.log(r.round({ smallestUnit: 'day' }).toString(), r.round({ smallestUnit: 'day', roundingMode: 'floor' }).toString());
console.log(Temporal.ZonedDateTime.from('2024-03-10T11:45[America/New_York]').round('day').toString());
console.log(r.round({ smallestUnit: 'minute', roundingIncrement: 15, roundingMode: 'ceil' }).toString());
try { r.round({ smallestUnit: 'month' }); } catch (e) { console.log(e.name); }
// compare and sort across zones by exact time
const list = ['2024-06-01T09:00[Asia/Tokyo]', '2024-06-01T02:00[Europe/Berlin]', '2024-05-31T19:59[America/New_York]',
  '2024-06-01T00:00[UTC]'].map((s) => Temporal.ZonedDateTime.from(s));
list.sort(Temporal.ZonedDateTime.compare);
console.log(list.map((x) => x.toString({ timeZoneName: 'never' }) + ' ' + x.timeZoneId).join('\n'));
console.log(list[0].equals(list[1]), Temporal.ZonedDateTime.compare(list[0], list[1]));
