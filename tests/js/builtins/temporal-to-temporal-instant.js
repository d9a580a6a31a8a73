// Date.prototype.toTemporalInstant and converting between Date and Temporal.Instant / ZonedDateTime
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const d = new Date(Date.UTC(2024, 1, 29, 12, 34, 56, 789));
const i = d.toTemporalInstant();
console.log(i instanceof Temporal.Instant, i.toString(), i.epochMilliseconds === d.getTime());
console.log(String(i.epochNanoseconds));
console.log(new Date(0).toTemporalInstant().toString(), new Date(-1).toTemporalInstant().toString());
console.log(new Date('2024-03-10T07:00:00Z').toTemporalInstant().toZonedDateTimeISO('America/New_York').toString());
console.log(typeof Date.prototype.toTemporalInstant, Date.prototype.toTemporalInstant.length, Date.prototype.toTemporalInstant.name);
const desc = Object.getOwnPropertyDescriptor(Date.prototype, 'toTemporalInstant');
console.log(desc.writable, desc.enumerable, desc.configurable);
try { new Date(NaN).toTemporalInstant(); } catch (e) { console.log('invalid date', e.name, e instanceof RangeError); }
try { Date.prototype.toTemporalInstant.call({ getTime() { return 0; } }); } catch (e) { console.log('not a Date', e.name); }
try { Date.prototype.toTemporalInstant.call(i); } catch (e) { console.log('Instant receiver', e.name); }
// the other direction
const back = new Date(i.epochMilliseconds);
console.log(back.toISOString(), back.getTime() === d.getTime());
// sub-millisecond precision is truncated towards negative infinity in epochMilliseconds
const fine = Temporal.Instant.from('1969-12-31T23:59:59.9999Z');
console.log(fine.epochMilliseconds, new Date(fine.epochMilliseconds).toISOString());
// a Date's local fields equal the ZonedDateTime in TZ=UTC
const z = d.toTemporalInstant().toZonedDateTimeISO('UTC');
console.log(z.hour === d.getUTCHours(), z.day === d.getUTCDate(), z.toPlainDate().toString());
// elapsed time between two Dates as a Duration
const start = new Date('2024-01-01T00:00:00Z');
const end = new Date('2024-01-02T03:04:05.006Z');
console.log(start.toTemporalInstant().until(end.toTemporalInstant(), { largestUnit: 'hour' }).toString());
console.log(start.toTemporalInstant().until(end.toTemporalInstant(), { largestUnit: 'hour' }).total('millisecond') === end - start);
