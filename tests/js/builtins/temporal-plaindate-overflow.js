// overflow 'constrain' (the default) and 'reject' in from, with, add and PlainYearMonth/PlainMonthDay/PlainTime/PlainDateTime
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const bags = [
  { year: 2023, month: 2, day: 29 },
  { year: 2024, month: 2, day: 31 },
  { year: 2024, month: 13, day: 1 },
  { year: 2024, month: 4, day: 31 },
  { year: 2024, month: 0, day: 1 },
  { year: 2024, month: 1, day: 0 },
];
for (const bag of bags) {
  let c, r;
  try { c = Temporal.PlainDate.from(bag).toString(); } catch (e) { c = e.name; }
  try { r = Temporal.PlainDate.from(bag, { overflow: 'reject' }).toString(); } catch (e) { r = e.name; }
  console.log(JSON.stringify(bag), c, r);
}
const jan31 = Temporal.PlainDate.from('2024-01-31');
console.log(jan31.with({ month: 2 }).toString());
try { jan31.with({ month: 2 }, { overflow: 'reject' }); } catch (e) { console.log(e.name); }
console.log(jan31.add({ months: 1 }).toString());
try { jan31.add({ months: 1 }, { overflow: 'reject' }); } catch (e) { console.log(e.name); }
console.log(Temporal.PlainTime.from({ hour: 25, minute: 61, second: 61 }).toString());
try { Temporal.PlainTime.from({ hour: 25 }, { overflow: 'reject' }); } catch (e) { console.log(e.name); }
console.log(Temporal.PlainDateTime.from({ year: 2024, month: 2, day: 30, hour: 24 }).toString());
try { Temporal.PlainDateTime.from({ year: 2024, month: 2, day: 30 }, { overflow: 'reject' }); } catch (e) { console.log(e.name); }
console.log(Temporal.PlainYearMonth.from({ year: 2024, month: 14 }).toString());
console.log(Temporal.PlainMonthDay.from({ month: 2, day: 30 }).toString());
console.log(Temporal.PlainMonthDay.from({ month: 4, day: 31 }).toString());
try { Temporal.PlainMonthDay.from({ month: 4, day: 31 }, { overflow: 'reject' }); } catch (e) { console.log(e.name); }
try { Temporal.PlainDate.from({ year: 2024, month: 1, day: 1 }, { overflow: 'clamp' }); } catch (e) { console.log(e.name); }
// a string is never constrained
try { Temporal.PlainDate.from('2024-02-30', { overflow: 'constrain' }); } catch (e) { console.log(e.name); }
// the constructor always rejects
try { new Temporal.PlainTime(24); } catch (e) { console.log(e.name); }
