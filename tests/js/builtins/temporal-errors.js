// the error types Temporal throws: RangeError for bad values and options, TypeError for bad types and missing fields
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
function attempt(label, f) {
  try { f(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, e instanceof RangeError, e instanceof TypeError); }
}
attempt('bad string', () => Temporal.PlainDate.from('2024/01/01'));
attempt('empty string', () => Temporal.PlainTime.from(''));
attempt('number arg', () => Temporal.PlainDate.from(2024));
attempt('undefined arg', () => Temporal.PlainDate.from(undefined));
attempt('missing day', () => Temporal.PlainDate.from({ year: 2024, month: 1 }));
attempt('infinite year', () => Temporal.PlainDate.from({ year: Infinity, month: 1, day: 1 }));
attempt('NaN field', () => new Temporal.PlainDate(NaN, 1, 1));
attempt('out of range', () => new Temporal.PlainDate(275761, 1, 1));
attempt('bad overflow', () => Temporal.PlainDate.from('2024-01-01', { overflow: 'nope' }));
attempt('options not object', () => Temporal.PlainDate.from('2024-01-01', 'reject'));
attempt('bad unit', () => Temporal.Duration.from('PT1H').round('fortnight'));
attempt('bad largest/smallest', () => Temporal.Duration.from('PT1H').round({ largestUnit: 'minute', smallestUnit: 'hour' }));
attempt('bad increment', () => Temporal.PlainTime.from('10:00').round({ smallestUnit: 'minute', roundingIncrement: 0 }));
attempt('bad calendar', () => new Temporal.PlainDate(2024, 1, 1, 'martian'));
attempt('bad time zone', () => Temporal.Instant.from('2024-01-01T00:00Z').toZonedDateTimeISO('Nowhere/City'));
attempt('calendar string id', () => new Temporal.PlainDate(2024, 1, 1, 'ISO8601').calendarId);
attempt('symbol field', () => Temporal.PlainDate.from({ year: Symbol('y'), month: 1, day: 1 }));
attempt('duration too big', () => Temporal.Duration.from({ years: 2 ** 32 }));
attempt('duration float', () => Temporal.Duration.from({ hours: 1.5 }));
attempt('with empty', () => Temporal.PlainDate.from('2024-01-01').with({}));
attempt('with string', () => Temporal.PlainDate.from('2024-01-01').with('2024-02-02'));
attempt('sub-minute offset', () => Temporal.ZonedDateTime.from('2024-01-01T00:00+01:00:30[+01:00:30]'));
attempt('add no arg', () => Temporal.PlainDate.from('2024-01-01').add());
attempt('add bad duration', () => Temporal.PlainDate.from('2024-01-01').add('1 day'));
attempt('no new', () => Temporal.PlainDate(2024, 1, 1));
attempt('new Temporal.Now', () => new Temporal.Now.instant());
attempt('Temporal not callable', () => Temporal());
// errors are ordinary instances: catchable, rethrowable, with a string message
try { Temporal.PlainDate.from('bad'); } catch (e) { console.log(typeof e.message, e.message.length > 0, e.constructor === RangeError); }
