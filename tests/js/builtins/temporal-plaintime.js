// Temporal.PlainTime: construction, from, fields, add/subtract wrapping at midnight, until/since, round, toString options
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const t = new Temporal.PlainTime(13, 37, 5, 123, 456, 789);
console.log(t.toString(), t.hour, t.minute, t.second, t.millisecond, t.microsecond, t.nanosecond);
console.log(new Temporal.PlainTime().toString(), new Temporal.PlainTime(9, 5).toString());
for (const s of ['12:00', '12:00:30', 'T0830', '08:30:00.5', '2024-05-06T07:08:09Z', '23:59:60', '1230']) {
  try { console.log(s, '->', Temporal.PlainTime.from(s).toString()); } catch (e) { console.log(s, e.name); }
}
console.log(Temporal.PlainTime.from({ hour: 7, minute: 30 }).toString());
console.log(t.add({ hours: 12 }).toString(), t.subtract({ hours: 14 }).toString());
console.log(t.add({ minutes: 23, seconds: 55 }).toString());
console.log(t.add({ days: 3 }).toString());
const late = Temporal.PlainTime.from('23:30');
const early = Temporal.PlainTime.from('01:15:30');
console.log(late.until(early).toString(), early.until(late).toString(), late.since(early).toString());
console.log(early.until(late, { largestUnit: 'minute' }).toString());
console.log(early.until(late, { smallestUnit: 'hour', roundingMode: 'halfExpand' }).toString());
console.log(early.until(late, { smallestUnit: 'minute', roundingIncrement: 20 }).toString());
console.log(t.round('hour').toString(), t.round({ smallestUnit: 'minute', roundingIncrement: 15 }).toString());
console.log(t.round({ smallestUnit: 'second', roundingMode: 'floor' }).toString());
console.log(Temporal.PlainTime.from('23:59:59.9').round('second').toString());
console.log(t.toString({ smallestUnit: 'minute' }), t.toString({ fractionalSecondDigits: 2 }), t.toString({ smallestUnit: 'microsecond' }));
console.log(Temporal.PlainTime.from('10:00').toString({ fractionalSecondDigits: 'auto' }));
console.log(t.with({ hour: 1, nanosecond: 0 }).toString());
console.log(Temporal.PlainTime.compare('09:00', '10:00'), t.equals('13:37:05.123456789'));
console.log(t.toJSON());
try { t.round({ smallestUnit: 'hour', roundingIncrement: 5 }); } catch (e) { console.log(e.name); }
try { t.with({}); } catch (e) { console.log(e.name); }
