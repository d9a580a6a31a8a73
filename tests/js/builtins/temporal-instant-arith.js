// Temporal.Instant add/subtract/until/since with largestUnit, smallestUnit and roundingIncrement, compare and equals
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const start = Temporal.Instant.from('2024-02-28T22:00:00Z');
console.log(start.add({ hours: 3 }).toString());
console.log(start.add('PT49H30M').toString());
console.log(start.subtract({ minutes: 90, nanoseconds: 1 }).toString());
try { start.add({ days: 1 }); } catch (e) { console.log(e.name, e instanceof RangeError); }
try { start.add({ months: 1 }); } catch (e) { console.log(e.name); }
const end = Temporal.Instant.from('2024-03-02T03:04:05.006Z');
console.log(start.until(end).toString());
console.log(start.until(end, { largestUnit: 'hour' }).toString());
console.log(start.until(end, { largestUnit: 'minute' }).toString());
console.log(start.until(end, { largestUnit: 'millisecond' }).toString());
console.log(start.until(end, { smallestUnit: 'minute' }).toString());
console.log(start.until(end, { largestUnit: 'hour', smallestUnit: 'minute', roundingIncrement: 30 }).toString());
console.log(start.until(end, { largestUnit: 'hour', smallestUnit: 'hour', roundingMode: 'halfExpand' }).toString());
console.log(end.since(start, { largestUnit: 'second' }).toString());
console.log(start.since(end, { largestUnit: 'hour' }).toString());
try { start.until(end, { largestUnit: 'day' }); } catch (e) { console.log(e.name); }
console.log(Temporal.Instant.compare(start, end), Temporal.Instant.compare(end, start), Temporal.Instant.compare(start, start));
console.log(start.equals('2024-02-28T23:00:00+01:00'), start.equals(end));
const sorted = ['2024-01-01T00:00Z', '2023-12-31T23:59:59.999Z', '2024-01-01T00:00:00.000000001Z', '2024-01-01T01:00+02:00']
  .map((s) => Temporal.Instant.from(s)).sort(Temporal.Instant.compare);
console.log(sorted.map(String).join(', '));
