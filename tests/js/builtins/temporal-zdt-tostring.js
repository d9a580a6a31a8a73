// ZonedDateTime toString options: timeZoneName, offset, calendarName, fractionalSecondDigits, smallestUnit, roundingMode
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const z = Temporal.ZonedDateTime.from('2024-08-01T17:05:09.123456789+02:00[Europe/Berlin]');
console.log(z.toString());
for (const timeZoneName of ['auto', 'never', 'critical']) console.log('tzn', timeZoneName, z.toString({ timeZoneName }));
for (const offset of ['auto', 'never']) console.log('offset', offset, z.toString({ offset }));
for (const calendarName of ['auto', 'always', 'never', 'critical']) console.log('cal', calendarName, z.toString({ calendarName }));
for (const fractionalSecondDigits of [0, 3, 7, 'auto']) console.log('fsd', fractionalSecondDigits, z.toString({ fractionalSecondDigits }));
for (const smallestUnit of ['minute', 'second', 'millisecond', 'microsecond', 'nanosecond']) console.log('unit', smallestUnit, z.toString({ smallestUnit }));
console.log(z.toString({ smallestUnit: 'second', roundingMode: 'ceil', offset: 'never', timeZoneName: 'never' }));
console.log(z.toString({ timeZoneName: 'critical', calendarName: 'critical', fractionalSecondDigits: 1 }));
console.log(z.toJSON());
console.log(JSON.stringify({ z }));
const tokyo = Temporal.ZonedDateTime.from('2025-01-01T00:00[Asia/Tokyo]');
console.log(tokyo.toString(), tokyo.toString({ smallestUnit: 'minute', timeZoneName: 'never' }));
const off = Temporal.ZonedDateTime.from('2025-01-01T00:00:00.5[-04:30]');
console.log(off.toString(), off.toString({ offset: 'never' }));
// rounding at the end of a day carries over into the next day
console.log(Temporal.ZonedDateTime.from('2024-12-31T23:59:59.9[UTC]').toString({ smallestUnit: 'second', roundingMode: 'halfExpand' }));
try { z.toString({ smallestUnit: 'hour' }); } catch (e) { console.log(e.name); }
try { z.toString({ timeZoneName: 'always' }); } catch (e) { console.log(e.name); }
try { z.toString({ offset: 'always' }); } catch (e) { console.log(e.name); }
