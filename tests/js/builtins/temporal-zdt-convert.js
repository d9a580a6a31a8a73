// conversions between ZonedDateTime, Instant, PlainDateTime, PlainDate and PlainTime; withTimeZone, withPlainTime
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const z = Temporal.ZonedDateTime.from('2024-10-31T20:15[America/New_York]');
console.log(z.toInstant().toString(), z.toPlainDateTime().toString(), z.toPlainDate().toString(), z.toPlainTime().toString());
for (const tz of ['Europe/Berlin', 'Asia/Tokyo', 'UTC', '+01:00']) console.log(z.withTimeZone(tz).toString());
console.log(z.withPlainTime('06:00').toString(), z.withPlainTime().toString());
const inst = Temporal.Instant.from('2024-03-31T00:59:59Z');
console.log(inst.toZonedDateTimeISO('Europe/Berlin').toString(), inst.add({ seconds: 1 }).toZonedDateTimeISO('Europe/Berlin').toString());
console.log(inst.toZonedDateTimeISO('Asia/Tokyo').toPlainDate().toString());
const pdt = Temporal.PlainDateTime.from('2024-03-10T02:30');
console.log(pdt.toZonedDateTime('America/New_York').toString());
console.log(pdt.toZonedDateTime('America/New_York', { disambiguation: 'earlier' }).toString());
try { pdt.toZonedDateTime('America/New_York', { disambiguation: 'reject' }); } catch (e) { console.log(e.name); }
console.log(pdt.toZonedDateTime('Europe/Berlin').toString());
console.log(Temporal.PlainDate.from('2024-03-10').toZonedDateTime('America/New_York').toString());
console.log(Temporal.PlainDate.from('2024-03-10').toZonedDateTime({ timeZone: 'America/New_York', plainTime: '02:30' }).toString());
console.log(Temporal.PlainDate.from('2024-09-08').toZonedDateTime('America/Santiago').toString());
// the same wall time in several zones, then converted back to New York
const meeting = Temporal.PlainDateTime.from('2025-02-03T09:00');
for (const tz of ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo']) {
  const local = meeting.toZonedDateTime(tz);
  console.log(tz, local.withTimeZone('America/New_York').toString({ timeZoneName: 'never' }), local.epochMilliseconds);
}
// Instant from a ZonedDateTime string keeps the exact time
console.log(Temporal.Instant.from(z.toString()).equals(z.toInstant()));
// ZonedDateTime.from another ZonedDateTime copies it
const copy = Temporal.ZonedDateTime.from(z);
console.log(copy !== z, copy.equals(z));
// PlainDateTime from a ZonedDateTime drops the zone
console.log(Temporal.PlainDateTime.from(z).toString(), Temporal.PlainDate.from(z).toString(), Temporal.PlainTime.from(z).toString());
