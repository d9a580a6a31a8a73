// Temporal.Duration: constructor, from strings and property bags, fields, sign, blank, negated, abs, toString
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const d = new Temporal.Duration(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
console.log(d.toString());
console.log(d.years, d.months, d.weeks, d.days, d.hours, d.minutes, d.seconds,
  d.milliseconds, d.microseconds, d.nanoseconds);
console.log(d.sign, d.blank);
console.log(new Temporal.Duration().toString(), new Temporal.Duration().blank, new Temporal.Duration().sign);
const neg = d.negated();
console.log(neg.toString(), neg.sign, neg.abs().toString());
for (const s of ['P1Y', 'PT1H30M', 'P2W', 'PT0.5S', 'PT1.000000001S', '-P3DT4H', 'P1DT12H', 'PT36H',
  'pt1m', 'PT1,5S', 'P1Y1M1W1DT1H1M1.123S', 'PT1.5H']) {
  console.log(s, '->', Temporal.Duration.from(s).toString());
}
const bag = Temporal.Duration.from({ hours: 25, minutes: 90 });
console.log(bag.toString(), bag.hours, bag.minutes, bag.days);
console.log(Temporal.Duration.from({ milliseconds: 1500 }).toString());
console.log(Temporal.Duration.from({ seconds: -5, milliseconds: -250 }).toString());
console.log(Temporal.Duration.from({ microseconds: 1 }).toString());
console.log(Temporal.Duration.from({ weeks: 3 }).toString());
// from() with a Duration returns a copy
const copy = Temporal.Duration.from(d);
console.log(copy !== d, copy.toString() === d.toString());
// with() replaces fields
console.log(d.with({ years: 10, nanoseconds: 0 }).toString());
// mixed signs are rejected
try { new Temporal.Duration(1, -1); } catch (e) { console.log(e.name, e instanceof RangeError); }
try { Temporal.Duration.from({ hours: 1, minutes: -1 }); } catch (e) { console.log(e.name); }
// non-integers are rejected
try { new Temporal.Duration(1.5); } catch (e) { console.log(e.name); }
try { Temporal.Duration.from({}); } catch (e) { console.log(e.name); }
try { Temporal.Duration.from('P'); } catch (e) { console.log(e.name); }
console.log(Object.prototype.toString.call(d));
