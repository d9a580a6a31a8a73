// Temporal.PlainMonthDay: from strings and bags, monthCode/day, toPlainDate in leap and common years, equals, with, toString
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const md = Temporal.PlainMonthDay.from('12-25');
console.log(md.toString(), md.monthCode, md.day, md.calendarId, 'month' in md);
console.log(Temporal.PlainMonthDay.from('--12-25').toString(), Temporal.PlainMonthDay.from('1225').toString());
console.log(Temporal.PlainMonthDay.from('2024-07-04').toString());
console.log(Temporal.PlainMonthDay.from({ month: 7, day: 4 }).toString());
console.log(Temporal.PlainMonthDay.from({ monthCode: 'M02', day: 29 }).toString());
console.log(Temporal.PlainMonthDay.from({ year: 2023, month: 2, day: 29 }).toString());
console.log(new Temporal.PlainMonthDay(2, 29).toString());
console.log(new Temporal.PlainMonthDay(2, 29, 'iso8601', 2000).toString({ calendarName: 'always' }));
const leapDay = Temporal.PlainMonthDay.from('02-29');
console.log(leapDay.toPlainDate({ year: 2024 }).toString(), leapDay.toPlainDate({ year: 2023 }).toString());
console.log(md.toPlainDate({ year: 2030 }).dayOfWeek);
console.log(md.with({ day: 31 }).toString(), md.with({ monthCode: 'M01' }).toString());
console.log(md.equals('12-25'), md.equals({ month: 12, day: 24 }));
console.log(md.toJSON(), JSON.stringify({ md }));
console.log(typeof Temporal.PlainMonthDay.compare);
// next birthday from a given day
const birthday = Temporal.PlainMonthDay.from('03-10');
for (const today of ['2024-03-09', '2024-03-10', '2024-11-30']) {
  const t = Temporal.PlainDate.from(today);
  let next = birthday.toPlainDate({ year: t.year });
  if (Temporal.PlainDate.compare(next, t) < 0) next = birthday.toPlainDate({ year: t.year + 1 });
  console.log(today, next.toString(), t.until(next).days);
}
try { Temporal.PlainMonthDay.from('02-30'); } catch (e) { console.log(e.name); }
try { Temporal.PlainMonthDay.from({ day: 1 }); } catch (e) { console.log(e.name); }
try { md.toPlainDate({}); } catch (e) { console.log(e.name); }
