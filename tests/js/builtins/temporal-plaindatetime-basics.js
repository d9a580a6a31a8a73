// Temporal.PlainDateTime: constructor, from, fields, with, withPlainTime, conversion to PlainDate/PlainTime, round, toString options
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const dt = new Temporal.PlainDateTime(2024, 2, 29, 18, 45, 30, 250);
console.log(dt.toString(), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.millisecond);
console.log(Temporal.PlainDateTime.from('2024-02-29 18:45').toString());
console.log(Temporal.PlainDateTime.from('2024-02-29T18:45:30.25+09:00[Asia/Tokyo]').toString());
console.log(Temporal.PlainDateTime.from('2024-02-29').toString());
console.log(Temporal.PlainDateTime.from({ year: 2024, month: 12, day: 25, hour: 8 }).toString());
console.log(dt.with({ day: 1 }).toString(), dt.with({ hour: 0, minute: 0, second: 0, millisecond: 0 }).toString());
console.log(dt.with({ year: 2023 }).toString());
console.log(dt.withPlainTime().toString(), dt.withPlainTime('07:15').toString(), dt.withPlainTime({ hour: 22 }).toString());
console.log(dt.toPlainDate().toString(), dt.toPlainTime().toString());
console.log(Temporal.PlainDate.from('2024-07-04').toPlainDateTime('12:30').toString());
console.log(Temporal.PlainDate.from('2024-07-04').toPlainDateTime().toString());
console.log(dt.round('hour').toString(), dt.round({ smallestUnit: 'day' }).toString());
console.log(Temporal.PlainDateTime.from('2024-12-31T23:59:59.5').round('second').toString());
console.log(dt.round({ smallestUnit: 'minute', roundingIncrement: 30, roundingMode: 'floor' }).toString());
console.log(dt.toString({ smallestUnit: 'minute' }), dt.toString({ fractionalSecondDigits: 0 }));
console.log(dt.toString({ fractionalSecondDigits: 6, calendarName: 'always' }));
console.log(dt.toString({ smallestUnit: 'second', roundingMode: 'ceil' }));
console.log(dt.toJSON(), JSON.stringify({ dt }));
console.log(dt.equals('2024-02-29T18:45:30.25'), dt.equals(dt.add({ nanoseconds: 1 })));
try { dt.with({ month: 2, day: 30 }, { overflow: 'reject' }); } catch (e) { console.log(e.name); }
try { dt.with({ calendar: 'iso8601' }); } catch (e) { console.log(e.name); }
try { dt.with({ timeZone: 'UTC' }); } catch (e) { console.log(e.name); }
try { dt.round({ smallestUnit: 'month' }); } catch (e) { console.log(e.name); }
