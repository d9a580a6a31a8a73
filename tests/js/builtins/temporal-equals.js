// equals() on every type: strings and bags as arguments, precision, calendars and zones, argument type errors
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const d = Temporal.PlainDate.from('2024-05-06');
console.log(d.equals('2024-05-06'), d.equals({ year: 2024, month: 5, day: 6 }), d.equals('2024-05-07'));
console.log(d.equals('2024-05-06T23:59'), d.equals(Temporal.PlainDateTime.from('2024-05-06T10:00')));
const t = Temporal.PlainTime.from('10:20:30.000000001');
console.log(t.equals('10:20:30'), t.equals('10:20:30.000000001'), t.equals({ hour: 10, minute: 20, second: 30, nanosecond: 1 }));
const dt = Temporal.PlainDateTime.from('2024-05-06T10:00');
console.log(dt.equals('2024-05-06T10:00:00.000'), dt.equals('2024-05-06'));
const ym = Temporal.PlainYearMonth.from('2024-05');
console.log(ym.equals('2024-05'), ym.equals({ year: 2024, month: 5 }), ym.equals('2024-06'));
const md = Temporal.PlainMonthDay.from('05-06');
console.log(md.equals('05-06'), md.equals('2020-05-06'), md.equals({ monthCode: 'M05', day: 6 }));
const i = Temporal.Instant.from('2024-05-06T00:00Z');
console.log(i.equals('2024-05-06T02:00+02:00'), i.equals('2024-05-06T00:00:00.000000001Z'));
const z = Temporal.ZonedDateTime.from('2024-05-06T00:00[UTC]');
console.log(z.equals('2024-05-06T00:00[UTC]'), z.equals('2024-05-06T00:00+00:00[UTC]'));
console.log(z.equals('2024-05-06T00:00[Etc/UTC]'), z.equals('2024-05-06T00:00[+00:00]'));
console.log(z.equals(z.withTimeZone('Europe/London')));
// PlainDateTime and PlainDate with the same fields are different types
console.log(Temporal.PlainDate.from('2024-05-06').equals(Temporal.PlainDateTime.from('2024-05-06T00:00').toPlainDate()));
// Duration has no equals; compare to zero instead
console.log('equals' in Temporal.Duration.prototype, Temporal.Duration.compare('PT60M', 'PT1H') === 0);
try { d.equals(20240506); } catch (e) { console.log(e.name); }
try { d.equals(null); } catch (e) { console.log(e.name); }
try { d.equals('not a date'); } catch (e) { console.log(e.name); }
try { i.equals(0n); } catch (e) { console.log(e.name); }
