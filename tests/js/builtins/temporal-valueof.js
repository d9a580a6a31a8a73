// valueOf throws TypeError on every Temporal type, so relational operators and + throw; String() and template literals work
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const values = {
  Duration: Temporal.Duration.from('PT1H'),
  Instant: Temporal.Instant.from('2024-01-01T00:00Z'),
  PlainDate: Temporal.PlainDate.from('2024-01-01'),
  PlainTime: Temporal.PlainTime.from('12:00'),
  PlainDateTime: Temporal.PlainDateTime.from('2024-01-01T12:00'),
  PlainYearMonth: Temporal.PlainYearMonth.from('2024-01'),
  PlainMonthDay: Temporal.PlainMonthDay.from('01-01'),
  ZonedDateTime: Temporal.ZonedDateTime.from('2024-01-01T00:00[UTC]'),
};
for (const [name, v] of Object.entries(values)) {
  const results = [];
  for (const [op, f] of [['valueOf', () => v.valueOf()], ['<', () => v < v], ['+', () => v + 1], ['unary+', () => +v],
    ['==num', () => v == 0], ['Number', () => Number(v)]]) {
    try { f(); results.push(op + ':ok'); } catch (e) { results.push(op + ':' + e.name); }
  }
  console.log(name, results.join(' '));
  console.log('  ', String(v), `${v}`, v === v, [v].join(), typeof v[Symbol.toPrimitive]);
}
// the comparison has to go through compare()
const [a, b] = [Temporal.PlainDate.from('2024-01-01'), Temporal.PlainDate.from('2024-06-01')];
try { console.log(a < b); } catch (e) { console.log('a < b', e.name, e instanceof TypeError); }
console.log(Temporal.PlainDate.compare(a, b) < 0);
// a date sorted with the default sort uses the string form
console.log([b, a].sort().map(String).join(' '));
// valueOf is a normal method: it exists, has length 0, and throws even on a wrong receiver
console.log(typeof Temporal.PlainDate.prototype.valueOf, Temporal.PlainDate.prototype.valueOf.length);
try { Temporal.PlainDate.prototype.valueOf.call({}); } catch (e) { console.log(e.name); }
// Math and Date conversions throw too
try { Math.max(values.Instant); } catch (e) { console.log('Math.max', e.name); }
try { new Date(values.Instant); } catch (e) { console.log('new Date', e.name); }
console.log(new Date(values.Instant.epochMilliseconds).toISOString());
