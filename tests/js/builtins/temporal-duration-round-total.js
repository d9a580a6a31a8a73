// Temporal.Duration round and total: balancing time units, and calendar units with relativeTo
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const d = Temporal.Duration.from({ minutes: 130, seconds: 45 });
console.log(d.round({ largestUnit: 'hour' }).toString());
console.log(d.round({ smallestUnit: 'minute' }).toString());
console.log(d.round({ smallestUnit: 'minute', largestUnit: 'hour' }).toString());
console.log(d.round({ smallestUnit: 'minute', roundingIncrement: 15, largestUnit: 'hour' }).toString());
console.log(d.round('hour').toString());
console.log(d.total('minute'), d.total({ unit: 'hour' }), d.total('second'));
const hours = Temporal.Duration.from({ hours: 50 });
console.log(hours.round({ largestUnit: 'day' }).toString());
console.log(hours.total('day'));
// calendar units need relativeTo
const days = Temporal.Duration.from({ days: 45 });
for (const start of ['2024-01-01', '2024-02-01', '2023-02-01', '2024-12-20']) {
  console.log(start, days.round({ largestUnit: 'month', relativeTo: start }).toString(),
    days.total({ unit: 'month', relativeTo: start }).toFixed(6));
}
const mixed = Temporal.Duration.from({ years: 1, months: 6, days: 10 });
console.log(mixed.total({ unit: 'day', relativeTo: Temporal.PlainDate.from('2024-01-01') }));
console.log(mixed.total({ unit: 'day', relativeTo: '2023-01-01' }));
console.log(mixed.round({ smallestUnit: 'year', relativeTo: '2024-01-01' }).toString());
console.log(mixed.round({ smallestUnit: 'month', roundingMode: 'floor', relativeTo: '2024-01-01' }).toString());
console.log(Temporal.Duration.from({ months: 14 }).round({ largestUnit: 'year', relativeTo: '2024-01-15' }).toString());
console.log(Temporal.Duration.from({ weeks: 6 }).round({ largestUnit: 'month', relativeTo: '2024-02-01' }).toString());
// a ZonedDateTime relativeTo: a DST day has 23 hours
const zrel = Temporal.ZonedDateTime.from('2024-03-09T12:00[America/New_York]');
console.log(Temporal.Duration.from({ hours: 48 }).round({ largestUnit: 'day', relativeTo: zrel }).toString());
console.log(Temporal.Duration.from({ days: 2 }).total({ unit: 'hour', relativeTo: zrel }));
try { days.round({ largestUnit: 'month' }); } catch (e) { console.log(e.name, e instanceof RangeError); }
try { mixed.total('day'); } catch (e) { console.log(e.name); }
try { d.round({}); } catch (e) { console.log(e.name); }
try { d.round({ smallestUnit: 'minute', roundingIncrement: 7 }); } catch (e) { console.log(e.name); }
