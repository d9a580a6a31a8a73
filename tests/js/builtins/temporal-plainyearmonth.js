// Temporal.PlainYearMonth: from, fields, add/subtract, until/since, toPlainDate, compare, toString
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const ym = Temporal.PlainYearMonth.from('2024-11');
console.log(ym.toString(), ym.year, ym.month, ym.monthCode, ym.daysInMonth, ym.calendarId);
console.log(new Temporal.PlainYearMonth(2024, 2).toString());
console.log(Temporal.PlainYearMonth.from('2024-11-23').toString());
console.log(Temporal.PlainYearMonth.from('202411').toString());
console.log(Temporal.PlainYearMonth.from({ year: 2025, month: 1 }).toString());
console.log(Temporal.PlainYearMonth.from({ year: 2025, monthCode: 'M06' }).toString());
console.log(ym.add({ months: 3 }).toString(), ym.subtract({ years: 1, months: 11 }).toString());
try { ym.add({ days: 40 }); } catch (e) { console.log(e.name); }
console.log(ym.add('P2Y').toString());
const later = Temporal.PlainYearMonth.from('2026-02');
console.log(ym.until(later).toString(), ym.until(later, { largestUnit: 'month' }).toString(), later.since(ym).toString());
console.log(ym.until(later, { smallestUnit: 'year', roundingMode: 'halfExpand' }).toString());
try { ym.until(later, { largestUnit: 'day' }); } catch (e) { console.log(e.name); }
console.log(ym.toPlainDate({ day: 30 }).toString(), ym.with({ month: 2 }).toPlainDate({ day: 31 }).toString());
console.log(ym.with({ year: 2000 }).toString());
console.log(Temporal.PlainYearMonth.compare('2024-01', '2023-12'), ym.equals('2024-11'));
console.log(ym.toString({ calendarName: 'always' }), ym.toJSON());
const months = ['2025-03', '2024-12', '2025-01', '2024-02'].map((s) => Temporal.PlainYearMonth.from(s)).sort(Temporal.PlainYearMonth.compare);
console.log(months.map(String).join(' '));
// the months of a quarter
let m = Temporal.PlainYearMonth.from('2024-12');
const q = [];
for (let i = 0; i < 3; i++, m = m.add({ months: 1 })) q.push(`${m}:${m.daysInMonth}`);
console.log(q.join(' '));
try { Temporal.PlainYearMonth.from('2024-13'); } catch (e) { console.log(e.name); }
try { Temporal.PlainYearMonth.from({ month: 1 }); } catch (e) { console.log(e.name); }
