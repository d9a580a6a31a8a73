// with() on PlainDate/PlainDateTime/PlainYearMonth/ZonedDateTime/Duration: partial bags, month vs monthCode, invalid bags
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const d = Temporal.PlainDate.from('2024-05-31');
console.log(d.with({ day: 1 }).toString(), d.with({ month: 6 }).toString(), d.with({ monthCode: 'M02' }).toString());
console.log(d.with({ year: 2023, month: 2 }).toString(), d.with({ day: 15, year: 2000 }).toString());
// first and last day of the month
console.log(d.with({ day: 1 }).toString(), d.with({ day: d.daysInMonth }).toString());
const feb = d.with({ month: 2, day: 1 });
console.log(feb.with({ day: feb.daysInMonth }).toString());
// unknown properties are ignored
console.log(d.with({ day: 2, hour: 10, foo: 1 }).toString());
const dt = Temporal.PlainDateTime.from('2024-05-31T13:45:10');
console.log(dt.with({ hour: 0 }).toString(), dt.with({ second: 0, millisecond: 5 }).toString());
const z = Temporal.ZonedDateTime.from('2024-05-31T13:45[Asia/Tokyo]');
console.log(z.with({ day: 1, hour: 0 }).toString(), z.with({ offset: '+09:00', minute: 0 }).toString());
// an offset that does not fit: 'prefer' (the default) keeps the wall time, 'reject' throws
console.log(z.with({ offset: '+08:00' }).toString());
try { z.with({ offset: '+08:00' }, { offset: 'reject' }); } catch (e) { console.log(e.name); }
const ym = Temporal.PlainYearMonth.from('2024-05');
console.log(ym.with({ month: 12 }).toString(), ym.with({ year: 1999 }).toString());
const dur = Temporal.Duration.from('P1Y2M3DT4H');
console.log(dur.with({ hours: 0 }).toString(), dur.with({ years: -1, months: -2, days: -3, hours: -4 }).toString());
try { dur.with({ hours: -1 }); } catch (e) { console.log(e.name); }
try { d.with({ month: 2, monthCode: 'M03' }); } catch (e) { console.log(e.name); }
try { d.with({ calendar: 'iso8601', day: 1 }); } catch (e) { console.log(e.name); }
try { d.with(Temporal.PlainDate.from('2024-01-01')); } catch (e) { console.log(e.name); }
try { d.with({ day: undefined }); } catch (e) { console.log(e.name); }
try { z.with({ timeZone: 'UTC' }); } catch (e) { console.log(e.name); }
// with() reads fields via getters in order
const log = [];
const bag = {};
for (const k of ['day', 'month', 'monthCode', 'year']) Object.defineProperty(bag, k, { get() { log.push(k); return undefined; }, enumerable: true });
try { d.with(bag); } catch (e) { log.push(e.name); }
console.log(log.join(','));
