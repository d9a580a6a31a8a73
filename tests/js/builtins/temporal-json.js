// toJSON and JSON.stringify of Temporal values, and reviving them with from() in JSON.parse
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const record = {
  id: 7,
  date: Temporal.PlainDate.from('2024-02-29'),
  time: Temporal.PlainTime.from('08:15:30.25'),
  start: Temporal.PlainDateTime.from('2024-02-29T08:15'),
  at: Temporal.Instant.from('2024-02-29T13:15Z'),
  zoned: Temporal.ZonedDateTime.from('2024-02-29T08:15[America/New_York]'),
  length: Temporal.Duration.from({ hours: 1, minutes: 45 }),
  month: Temporal.PlainYearMonth.from('2024-02'),
  anniversary: Temporal.PlainMonthDay.from('02-29'),
};
const json = JSON.stringify(record);
console.log(json);
console.log(JSON.stringify(record, null, 2).split('\n').length);
for (const [k, v] of Object.entries(record)) if (typeof v === 'object') console.log(k, typeof v.toJSON, v.toJSON() === v.toString());
const types = { date: 'PlainDate', time: 'PlainTime', start: 'PlainDateTime', at: 'Instant', zoned: 'ZonedDateTime',
  length: 'Duration', month: 'PlainYearMonth', anniversary: 'PlainMonthDay' };
const revived = JSON.parse(json, (k, v) => (types[k] ? Temporal[types[k]].from(v) : v));
for (const k of Object.keys(types)) {
  const same = types[k] === 'Duration' ? Temporal.Duration.compare(revived[k], record[k]) === 0 : revived[k].equals(record[k]);
  console.log(k, revived[k] instanceof Temporal[types[k]], same);
}
// toJSON ignores its argument and uses default options
console.log(Temporal.PlainTime.from('08:15:30.25').toJSON({ smallestUnit: 'minute' }));
// Temporal.Duration inside an array, and as a Map entry converted to an object
console.log(JSON.stringify([Temporal.Duration.from('P1D'), Temporal.Duration.from('-PT0.001S')]));
console.log(JSON.stringify(Object.fromEntries(new Map([['lunch', Temporal.PlainTime.from('12:30')]]))));
// a replacer sees the string produced by toJSON
JSON.stringify({ d: Temporal.PlainDate.from('2024-01-01') }, (k, v) => { if (k) console.log('replacer', k, typeof v, v); return v; });
try { Temporal.PlainDate.prototype.toJSON.call({}); } catch (e) { console.log(e.name); }
