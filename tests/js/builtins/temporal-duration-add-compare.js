// Temporal.Duration add, subtract and compare (with and without relativeTo), and sorting durations
// Expected output: temporal-polyfill 1.0.8 under Node 20.20.2 (Node 24 has no Temporal).
const a = Temporal.Duration.from('PT1H30M');
const b = Temporal.Duration.from({ minutes: 45, seconds: 30 });
console.log(a.add(b).toString(), a.subtract(b).toString(), b.subtract(a).toString());
console.log(a.add('PT30M').toString(), a.add({ hours: 22, minutes: 30 }).toString());
console.log(Temporal.Duration.from({ days: 1 }).add({ hours: 25 }).toString());
try { Temporal.Duration.from({ months: 1 }).add({ days: 1 }); } catch (e) { console.log(e.name); }
console.log(Temporal.Duration.compare(a, b), Temporal.Duration.compare(b, a), Temporal.Duration.compare(a, 'PT90M'));
console.log(Temporal.Duration.compare('PT24H', 'P1D'));
console.log(Temporal.Duration.compare({ days: 31 }, { months: 1 }, { relativeTo: '2024-02-01' }));
console.log(Temporal.Duration.compare({ days: 31 }, { months: 1 }, { relativeTo: '2024-01-01' }));
console.log(Temporal.Duration.compare({ days: 29 }, { months: 1 }, { relativeTo: '2024-02-01' }));
try { Temporal.Duration.compare({ days: 31 }, { months: 1 }); } catch (e) { console.log(e.name); }
const list = ['PT2H', 'PT90M', 'P1D', 'PT1H59M59S', '-PT1S', 'PT0S', 'PT86399.999S'].map((s) => Temporal.Duration.from(s));
list.sort(Temporal.Duration.compare);
console.log(list.map(String).join(' '));
const total = list.reduce((acc, x) => acc.add(x), new Temporal.Duration());
console.log(total.toString(), total.round({ largestUnit: 'day' }).toString());
