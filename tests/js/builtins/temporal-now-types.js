// Temporal.Now returns values of the right types (only their types and shapes are printed, never the values)
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const checks = [
  ['instant', Temporal.Now.instant(), Temporal.Instant],
  ['plainDateISO', Temporal.Now.plainDateISO(), Temporal.PlainDate],
  ['plainTimeISO', Temporal.Now.plainTimeISO(), Temporal.PlainTime],
  ['plainDateTimeISO', Temporal.Now.plainDateTimeISO(), Temporal.PlainDateTime],
  ['zonedDateTimeISO', Temporal.Now.zonedDateTimeISO(), Temporal.ZonedDateTime],
  ['zonedDateTimeISO(Tokyo)', Temporal.Now.zonedDateTimeISO('Asia/Tokyo'), Temporal.ZonedDateTime],
  ['plainDateISO(Berlin)', Temporal.Now.plainDateISO('Europe/Berlin'), Temporal.PlainDate],
];
for (const [name, v, C] of checks) {
  console.log(name, v instanceof C, Object.prototype.toString.call(v), typeof v.toString());
}
console.log(typeof Temporal.Now.timeZoneId(), Temporal.Now.timeZoneId()); // the runner sets TZ=UTC
console.log(Temporal.Now.zonedDateTimeISO('Asia/Tokyo').timeZoneId, Temporal.Now.zonedDateTimeISO().timeZoneId);
console.log(Object.prototype.toString.call(Temporal.Now), typeof Temporal.Now);
console.log(Object.getOwnPropertyNames(Temporal.Now).filter((k) => typeof Temporal.Now[k] === 'function').sort().join(' '));
// time moves forward (or stays put), never back
const a = Temporal.Now.instant();
const b = Temporal.Now.instant();
console.log(Temporal.Instant.compare(a, b) <= 0, a.until(b).sign >= 0);
// the current year is plausible
const y = Temporal.Now.plainDateISO().year;
console.log(y >= 2024 && y < 2200);
// Now values agree with Date.now() to within a minute
const diff = Math.abs(Temporal.Now.instant().epochMilliseconds - Date.now());
console.log(diff < 60000);
try { Temporal.Now.zonedDateTimeISO('Not/AZone'); } catch (e) { console.log(e.name); }
try { new Temporal.Now.instant(); } catch (e) { console.log(e.name); }
