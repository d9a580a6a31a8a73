// compare() of every type as a sort comparator, with strings and property bags as arguments
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const dates = ['2024-03-01', '2023-12-31', '2024-02-29', '2024-03-01', '2000-01-01'].map((s) => Temporal.PlainDate.from(s));
console.log(dates.sort(Temporal.PlainDate.compare).map(String).join(' '));
console.log(Temporal.PlainDate.compare('2024-01-01', { year: 2024, month: 1, day: 2 }), Temporal.PlainDate.compare('2024-01-01', '2024-01-01'));
const times = ['12:00', '00:00', '23:59:59.999999999', '12:00:00.000000001', '06:30'].map((s) => Temporal.PlainTime.from(s));
console.log(times.sort(Temporal.PlainTime.compare).map(String).join(' '));
const dts = ['2024-01-01T12:00', '2024-01-01', '2023-12-31T23:59:59', '2024-01-01T00:00:00.001'].map((s) => Temporal.PlainDateTime.from(s));
console.log(dts.sort(Temporal.PlainDateTime.compare).map(String).join(' '));
const yms = ['2024-12', '2024-01', '1999-12', '2024-06'].map((s) => Temporal.PlainYearMonth.from(s));
console.log(yms.sort((x, y) => Temporal.PlainYearMonth.compare(y, x)).map(String).join(' '));
const insts = [0, -1, 1700000000000, 86400000].map((ms) => Temporal.Instant.fromEpochMilliseconds(ms));
console.log(insts.sort(Temporal.Instant.compare).map((x) => x.epochMilliseconds).join(' '));
// ZonedDateTime.compare ignores the zone; equals does not
const z1 = Temporal.ZonedDateTime.from('2024-06-01T12:00+02:00[Europe/Berlin]');
const z2 = Temporal.ZonedDateTime.from('2024-06-01T19:00+09:00[Asia/Tokyo]');
console.log(Temporal.ZonedDateTime.compare(z1, z2), z1.equals(z2), z1.toInstant().equals(z2.toInstant()));
// compare results are always -1, 0 or 1
console.log(Temporal.PlainDate.compare('2000-01-01', '2024-01-01'), Temporal.PlainTime.compare('23:00', '01:00'));
const durs = ['PT1H', 'PT59M60S', 'PT3600.000000001S', 'PT59M'].map((s) => Temporal.Duration.from(s));
console.log(durs.sort(Temporal.Duration.compare).map(String).join(' '));
// stable sort of events by date, then by time
const events = [['b', '2024-05-02T09:00'], ['a', '2024-05-01T18:00'], ['c', '2024-05-01T09:00'], ['d', '2024-05-02T09:00']];
events.sort((x, y) => Temporal.PlainDateTime.compare(x[1], y[1]));
console.log(events.map((e) => e[0]).join(''));
// the earliest and latest of a list
const all = ['2024-07-04', '2023-01-01', '2025-12-25'];
const min = all.reduce((m, d) => (Temporal.PlainDate.compare(d, m) < 0 ? d : m));
const max = all.reduce((m, d) => (Temporal.PlainDate.compare(d, m) > 0 ? d : m));
console.log(min, max);
try { Temporal.PlainDate.compare('2024-01-01', 'nope'); } catch (e) { console.log(e.name); }
try { Temporal.PlainDate.compare('2024-01-01'); } catch (e) { console.log(e.name); }
