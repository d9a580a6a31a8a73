// the order in which property bags and options objects are read (observable through getters)
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
function logged(obj, log, tag) {
  return new Proxy(obj, {
    get(t, k, r) { if (typeof k === 'string') log.push(tag + '.' + k); return Reflect.get(t, k, r); },
    has(t, k) { log.push('has ' + tag + '.' + String(k)); return Reflect.has(t, k); },
  });
}
let log = [];
Temporal.PlainDate.from(logged({ year: 2024, month: 5, day: 6 }, log, 'bag'), logged({ overflow: 'constrain' }, log, 'opt'));
console.log(log.join(' '));
log = [];
Temporal.PlainDateTime.from(logged({ year: 2024, month: 5, day: 6, hour: 1 }, log, 'bag'));
console.log(log.join(' '));
log = [];
Temporal.Duration.from(logged({ hours: 1, days: 2 }, log, 'dur'));
console.log(log.join(' '));
log = [];
Temporal.PlainDate.from('2024-01-01').until('2024-06-01', logged({ largestUnit: 'month', smallestUnit: 'day', roundingMode: 'trunc', roundingIncrement: 1 }, log, 'opt'));
console.log(log.join(' '));
log = [];
Temporal.Duration.from('PT1H').round(logged({ largestUnit: 'hour', smallestUnit: 'minute', roundingMode: 'trunc', roundingIncrement: 1, relativeTo: undefined }, log, 'opt'));
console.log(log.join(' '));
log = [];
Temporal.Instant.from('2024-01-01T00:00Z').toString(logged({ fractionalSecondDigits: 2, smallestUnit: undefined, roundingMode: 'trunc', timeZone: 'UTC' }, log, 'opt'));
console.log(log.join(' '));
log = [];
Temporal.ZonedDateTime.from('2024-01-01T00:00[UTC]').toString(logged({ calendarName: 'auto', fractionalSecondDigits: 'auto', offset: 'auto', roundingMode: 'trunc', smallestUnit: undefined, timeZoneName: 'auto' }, log, 'opt'));
console.log(log.join(' '));
log = [];
Temporal.ZonedDateTime.from(logged({ timeZone: 'UTC', year: 2024, month: 1, day: 1, offset: '+00:00' }, log, 'bag'), logged({ disambiguation: 'compatible', offset: 'reject', overflow: 'constrain' }, log, 'opt'));
console.log(log.join(' '));
// a string is parsed before the options are read; a bad option value in a valid call is a RangeError
log = [];
try { Temporal.PlainDate.from('not a date', logged({ overflow: 'reject' }, log, 'opt')); } catch (e) { log.push(e.name); }
console.log(log.join(' '));
log = [];
Temporal.PlainDate.from('2024-01-01', logged({ overflow: 'reject' }, log, 'opt'));
console.log(log.join(' '));
try { Temporal.PlainDate.from('2024-01-01', { overflow: 'bogus' }); } catch (e) { console.log(e.name); }
