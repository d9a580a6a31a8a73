// Duration round/total/compare relative to a ZonedDateTime (DST days of 23 and 25 hours) and relativeTo strings and bags
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const spring = '2024-03-10T00:00[America/New_York]';
const fall = '2024-11-03T00:00[America/New_York]';
const day = Temporal.Duration.from({ days: 1 });
console.log(day.total({ unit: 'hour', relativeTo: spring }), day.total({ unit: 'hour', relativeTo: fall }));
console.log(day.total({ unit: 'hour', relativeTo: '2024-03-10' }));
const h24 = Temporal.Duration.from({ hours: 24 });
console.log(h24.round({ largestUnit: 'day', relativeTo: spring }).toString(), h24.round({ largestUnit: 'day', relativeTo: fall }).toString());
console.log(h24.total({ unit: 'day', relativeTo: spring }).toFixed(6), h24.total({ unit: 'day', relativeTo: fall }).toFixed(6));
console.log(Temporal.Duration.compare(day, h24, { relativeTo: spring }), Temporal.Duration.compare(day, h24, { relativeTo: fall }));
console.log(Temporal.Duration.compare(day, h24, { relativeTo: '2024-06-01T00:00[America/New_York]' }));
const bag = { year: 2024, month: 3, day: 9, hour: 12, timeZone: 'America/New_York' };
console.log(Temporal.Duration.from({ days: 2 }).total({ unit: 'hour', relativeTo: bag }));
console.log(Temporal.Duration.from({ hours: 47 }).round({ largestUnit: 'day', relativeTo: bag }).toString());
console.log(Temporal.Duration.from({ hours: 47, minutes: 30 }).round({ smallestUnit: 'day', relativeTo: bag }).toString());
console.log(Temporal.Duration.from({ months: 1 }).total({ unit: 'hour', relativeTo: '2024-03-01T00:00[America/New_York]' }));
console.log(Temporal.Duration.from({ months: 1 }).total({ unit: 'hour', relativeTo: '2024-03-01T00:00[Asia/Tokyo]' }));
console.log(Temporal.Duration.from({ weeks: 1, hours: 12 }).round({ largestUnit: 'week', smallestUnit: 'day', relativeTo: spring }).toString());
console.log(Temporal.Duration.from({ days: 10 }).round({ largestUnit: 'week', relativeTo: '2024-01-01' }).toString());
console.log(Temporal.Duration.from({ days: 10 }).round({ smallestUnit: 'week', roundingMode: 'halfExpand', relativeTo: '2024-01-01' }).toString());
// relativeTo with an offset that does not match the zone is rejected; a matching one is used
try { day.total({ unit: 'hour', relativeTo: '2024-03-10T00:00+01:00[America/New_York]' }); } catch (e) { console.log(e.name); }
console.log(day.total({ unit: 'hour', relativeTo: '2024-03-10T00:00-05:00[America/New_York]' }));
// relativeTo of the wrong type
try { day.total({ unit: 'hour', relativeTo: 20240310 }); } catch (e) { console.log(e.name); }
try { day.total({ unit: 'hour', relativeTo: Temporal.Instant.from('2024-03-10T00:00Z') }); } catch (e) { console.log(e.name); }
console.log(day.total({ unit: 'hour', relativeTo: Temporal.PlainDateTime.from('2024-03-10T12:00') }));
