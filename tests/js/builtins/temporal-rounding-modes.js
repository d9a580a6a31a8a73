// the nine rounding modes on Instant/PlainTime/Duration rounding, positive and negative, with increments
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const modes = ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'];
const durs = ['PT1H30M', 'PT2H30M', 'PT1H29M', 'PT1H31M', '-PT1H30M', '-PT2H30M', '-PT1H31M'];
for (const s of durs) {
  const d = Temporal.Duration.from(s);
  console.log(s.padEnd(9), modes.map((roundingMode) => d.round({ smallestUnit: 'hour', roundingMode }).hours).join(' '));
}
const t = Temporal.PlainTime.from('10:22:30');
console.log(modes.map((roundingMode) => t.round({ smallestUnit: 'minute', roundingIncrement: 5, roundingMode }).toString()).join(' '));
const i = Temporal.Instant.from('2024-01-01T00:07:30Z');
console.log(modes.map((roundingMode) => i.round({ smallestUnit: 'minute', roundingIncrement: 15, roundingMode }).toString().slice(11, 16)).join(' '));
const before = Temporal.Instant.from('1969-12-31T23:52:30Z');
console.log(modes.map((roundingMode) => before.round({ smallestUnit: 'minute', roundingIncrement: 15, roundingMode }).toString().slice(11, 16)).join(' '));
// an Instant rounds with increments dividing a day (in hours)
console.log(i.round({ smallestUnit: 'hour', roundingIncrement: 6 }).toString(), Temporal.Instant.from('2024-01-01T03:00Z').round({ smallestUnit: 'hour', roundingIncrement: 6 }).toString());
try { i.round({ smallestUnit: 'hour', roundingIncrement: 5 }); } catch (e) { console.log(e.name); }
console.log(i.round({ smallestUnit: 'hour', roundingIncrement: 24 }).toString()); // for Instant the maximum is inclusive
try { i.round({ smallestUnit: 'hour', roundingIncrement: 48 }); } catch (e) { console.log(e.name); }
try { i.round(); } catch (e) { console.log(e.name); }
// until with rounding: half-even on ties between days
const a = Temporal.PlainDateTime.from('2024-01-01T00:00');
for (const end of ['2024-01-02T12:00', '2024-01-03T12:00', '2024-01-03T12:00:00.000000001']) {
  console.log(end, a.until(end, { smallestUnit: 'day', roundingMode: 'halfEven' }).toString(), a.until(end, { smallestUnit: 'day', roundingMode: 'halfTrunc' }).toString());
}
// roundingIncrement is truncated and must be 1..1e9
console.log(t.round({ smallestUnit: 'second', roundingIncrement: 15.9 }).toString());
try { t.round({ smallestUnit: 'second', roundingIncrement: 0.5 }); } catch (e) { console.log(e.name); }
try { Temporal.Duration.from('PT1H').round({ smallestUnit: 'second', roundingIncrement: 1e10 }); } catch (e) { console.log(e.name); }
