// Temporal.Duration toString/toJSON options: fractionalSecondDigits, smallestUnit, roundingMode
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const d = Temporal.Duration.from({ hours: 1, minutes: 2, seconds: 3, milliseconds: 456, microseconds: 789 });
console.log(d.toString());
console.log(d.toJSON());
for (const fsd of ['auto', 0, 1, 2, 3, 6, 9]) {
  console.log('fsd', fsd, d.toString({ fractionalSecondDigits: fsd }));
}
for (const unit of ['second', 'millisecond', 'microsecond', 'nanosecond']) {
  console.log('unit', unit, d.toString({ smallestUnit: unit }));
}
for (const mode of ['trunc', 'floor', 'ceil', 'expand', 'halfExpand', 'halfEven', 'halfTrunc']) {
  console.log('mode', mode, d.toString({ smallestUnit: 'millisecond', roundingMode: mode }),
    d.negated().toString({ fractionalSecondDigits: 0, roundingMode: mode }));
}
// rounding up to a whole minute balances 120 seconds into minutes
const edge = Temporal.Duration.from({ minutes: 1, seconds: 59, milliseconds: 999 });
console.log(edge.toString({ fractionalSecondDigits: 0, roundingMode: 'ceil' }));
console.log(Temporal.Duration.from({ seconds: 0 }).toString({ fractionalSecondDigits: 2 }));
console.log(Temporal.Duration.from({ days: 1 }).toString({ fractionalSecondDigits: 3 }));
console.log(Temporal.Duration.from({ milliseconds: 1 }).toString());
console.log(Temporal.Duration.from({ nanoseconds: 1234567890 }).toString());
console.log(Temporal.Duration.from({ minutes: 100000 }).toString());
try { d.toString({ smallestUnit: 'minute' }); } catch (e) { console.log(e.name); }
try { d.toString({ fractionalSecondDigits: 10 }); } catch (e) { console.log(e.name); }
try { d.toString({ roundingMode: 'nearest' }); } catch (e) { console.log(e.name); }
