// Temporal.Instant: from strings with offsets, epoch constructors, epoch getters, toString with timeZone and precision
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const i = Temporal.Instant.from('2024-06-15T12:34:56.789123456Z');
console.log(i.toString(), i.epochMilliseconds, typeof i.epochNanoseconds, String(i.epochNanoseconds));
console.log(Temporal.Instant.from('2024-06-15T14:34:56+02:00').toString());
console.log(Temporal.Instant.from('2024-06-15T08:04:56-04:30').toString());
console.log(Temporal.Instant.from('2024-06-15T12:34:56Z[Asia/Tokyo]').toString());
console.log(Temporal.Instant.from('20240615T123456Z').toString());
console.log(new Temporal.Instant(0n).toString());
console.log(new Temporal.Instant(-1n).toString());
console.log(Temporal.Instant.fromEpochMilliseconds(1700000000000).toString());
console.log(Temporal.Instant.fromEpochNanoseconds(1700000000123456789n).toString());
console.log(Temporal.Instant.fromEpochMilliseconds(-86400000).toString());
const t = Temporal.Instant.from('2024-01-01T00:00:00.5Z');
for (const tz of ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Tokyo', '+05:30', '-08:00']) {
  console.log(tz, t.toString({ timeZone: tz }));
}
console.log(i.toString({ fractionalSecondDigits: 0 }), i.toString({ fractionalSecondDigits: 4 }));
console.log(i.toString({ smallestUnit: 'minute' }), i.toString({ smallestUnit: 'millisecond' }));
console.log(i.toString({ smallestUnit: 'second', roundingMode: 'ceil' }));
console.log(i.round({ smallestUnit: 'hour' }).toString(), i.round({ smallestUnit: 'minute', roundingIncrement: 15 }).toString());
console.log(i.toJSON(), JSON.stringify({ at: i }));
console.log(Temporal.Instant.from('1969-12-31T23:59:59.999999999Z').epochMilliseconds);
try { Temporal.Instant.from('2024-06-15T12:34:56'); } catch (e) { console.log(e.name, e instanceof RangeError); }
try { new Temporal.Instant(8640000000000000000001n); } catch (e) { console.log(e.name); }
try { Temporal.Instant.fromEpochMilliseconds(1.5); } catch (e) { console.log(e.name); }
try { new Temporal.Instant(5); } catch (e) { console.log(e.name); }
