// Temporal.PlainDate getters: dayOfWeek, dayOfYear, weekOfYear, yearOfWeek, daysInWeek/Month/Year, monthsInYear, inLeapYear
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const dates = ['2024-01-01', '2024-02-29', '2023-02-28', '2024-12-30', '2021-01-03', '2020-12-31',
  '2026-12-31', '2027-01-01', '1900-03-01', '2000-02-15', '2100-06-30', '2023-12-31'];
for (const s of dates) {
  const d = Temporal.PlainDate.from(s);
  console.log(s, 'dow', d.dayOfWeek, 'doy', d.dayOfYear, 'week', d.weekOfYear, d.yearOfWeek,
    'dim', d.daysInMonth, 'diy', d.daysInYear, 'miy', d.monthsInYear, 'diw', d.daysInWeek, 'leap', d.inLeapYear);
}
// the same getters on PlainDateTime and ZonedDateTime
const dt = Temporal.PlainDateTime.from('2024-02-29T23:30');
console.log(dt.dayOfWeek, dt.dayOfYear, dt.weekOfYear, dt.daysInMonth, dt.inLeapYear);
const z = Temporal.ZonedDateTime.from('2025-07-04T12:00[Asia/Tokyo]');
console.log(z.dayOfWeek, z.dayOfYear, z.weekOfYear, z.yearOfWeek, z.daysInMonth, z.inLeapYear, z.monthCode);
// PlainYearMonth has month-level getters only
const ym = Temporal.PlainYearMonth.from('2024-02');
console.log(ym.daysInMonth, ym.daysInYear, ym.monthsInYear, ym.inLeapYear, ym.monthCode, 'dayOfWeek' in ym);
// days of each month of 2023 and 2024
const lens = (y) => Array.from({ length: 12 }, (_, i) => Temporal.PlainYearMonth.from({ year: y, month: i + 1 }).daysInMonth);
console.log(lens(2023).join(' '));
console.log(lens(2024).join(' '));
// weekday names without Intl
const names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const week = [];
for (let d = Temporal.PlainDate.from('2024-09-01'); d.month === 9 && d.day <= 10; d = d.add({ days: 1 })) week.push(names[d.dayOfWeek - 1]);
console.log(week.join(','));
